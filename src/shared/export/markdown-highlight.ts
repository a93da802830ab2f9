// One highlight as a Markdown entry: the quote as a blockquote Obsidian can link to, then its
// colour, tags and note, each included only when the user asked for it.
import type { Highlight } from '../model/annotation'
import { highlightBlockId } from './block-id'
import { asBlockquote, escapeMarkdown } from './escape-markdown'
import { noteToMarkdown } from './tiptap-to-markdown'
import { asObsidianTag, colorLabel, formatTags } from './tag-syntax'
import type { ExportOptions } from './types'

/** Renders a highlight as a blockquote with a stable `^gloss-…` block id and its annotations. */
export function highlightAsMarkdown(highlight: Highlight, options: ExportOptions): string {
  const quote = escapeMarkdown(highlight.quote.trim()) || '…'
  // Obsidian needs the id of a structured block (a quote) on its own line after the block.
  const parts = [asBlockquote(quote), `^${highlightBlockId(highlight.id)}`]
  const details: string[] = []
  if (options.includeColors) details.push(escapeMarkdown(colorLabel(highlight.color, options.colorMeanings)))
  if (options.includeTags) details.push(...formatTags(highlight.tags, asObsidianTag).map((tag) => `#${tag}`))
  if (details.length > 0) parts.push(details.join(' '))
  if (options.includeNotes) {
    const note = noteToMarkdown(highlight.note)
    if (note !== '') parts.push(note)
  }
  return parts.join('\n\n')
}
