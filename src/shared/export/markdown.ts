// Markdown export for Obsidian and Logseq: YAML front matter both read as page properties,
// then the article note, highlights in reading order, orphans, and optionally the full text.
import { stringify } from 'yaml'
import { articlePlainText } from '../model/text'
import { escapeMarkdown } from './escape-markdown'
import { layoutFiles } from './export-files'
import { placeHighlights } from './highlight-ranges'
import { highlightAsMarkdown } from './markdown-highlight'
import { articleTextAsMarkdown } from './markdown-article-text'
import { asObsidianTag, formatTags } from './tag-syntax'
import { noteToMarkdown } from './tiptap-to-markdown'
import type { ExportArticle, ExportFile, ExportMode, ExportOptions } from './types'

/** Exports articles as Markdown with front matter, one file each or all in one. */
export function exportAsMarkdown(articles: ExportArticle[], options: ExportOptions, mode: ExportMode): ExportFile[] {
  return layoutFiles(articles, options, mode, {
    extension: 'md',
    mimeType: 'text/markdown',
    render: (group) =>
      mode === 'single-file'
        ? renderCollection(group, options)
        : `${frontMatter(articleProperties(group[0] as ExportArticle, options))}\n${renderArticle(group[0] as ExportArticle, options, 1)}\n`
  })
}

/** Properties Obsidian and Logseq show for an article; `id` ties the file back to Gloss. */
export function articleProperties(article: ExportArticle, options: ExportOptions): Record<string, unknown> {
  const { meta } = article
  const properties: Record<string, unknown> = { title: meta.title }
  if (meta.byline !== null) properties.author = meta.byline
  if (meta.source !== null) properties.source = meta.source
  if (meta.url !== null) properties.url = meta.url
  const published = meta.publishedAt ?? meta.publishedPartial
  if (published !== null) properties.published = published
  properties.imported = new Date(meta.addedAt).toISOString()
  if (options.includeTags) properties.tags = formatTags(meta.tags, asObsidianTag)
  properties.id = meta.id
  return properties
}

function frontMatter(properties: Record<string, unknown>): string {
  // lineWidth 0: long titles must not be folded onto several lines.
  return `---\n${stringify(properties, { lineWidth: 0 })}---\n`
}

function renderCollection(articles: ExportArticle[], options: ExportOptions): string {
  const header = frontMatter({
    title: 'Gloss export',
    exported: options.exportedAt.toISOString(),
    articles: articles.length
  })
  const sections = articles.map((article) => renderArticleWithDetails(article, options))
  return `${header}\n${sections.join('\n\n---\n\n')}\n`
}

function renderArticleWithDetails(article: ExportArticle, options: ExportOptions): string {
  const properties = articleProperties(article, options)
  const details = Object.entries(properties)
    .filter(([key]) => key !== 'title')
    // Tags are already reduced to tag-safe characters and must stay live `#tags`.
    .map(([key, value]) => `- ${key}: ${Array.isArray(value) ? value.map((tag) => `#${String(tag)}`).join(' ') : escapeMarkdown(String(value))}`)
  const rendered = renderArticle(article, options, 1)
  const [title = '', ...rest] = rendered.split('\n\n')
  return [title, details.join('\n'), ...rest].join('\n\n')
}

/** The article's Markdown body; `level` is the heading level of its title. */
function renderArticle(article: ExportArticle, options: ExportOptions, level: number): string {
  const heading = (depth: number, text: string): string => `${'#'.repeat(Math.min(level + depth, 6))} ${text}`
  const text = article.body === null ? null : articlePlainText(article.body.blocks)
  const { placed, orphaned } = placeHighlights(article.highlights, text === null ? null : text.length)
  const parts = [heading(0, escapeMarkdown(article.meta.title.replace(/\s+/g, ' ').trim()) || 'Untitled')]
  if (options.includeNotes) {
    const note = noteToMarkdown(article.articleNote)
    if (note !== '') parts.push(heading(1, 'Note'), note)
  }
  if (placed.length > 0) {
    parts.push(heading(1, 'Highlights'), ...placed.map((highlight) => highlightAsMarkdown(highlight, options)))
  }
  if (orphaned.length > 0) {
    parts.push(heading(1, 'Orphaned highlights'), ...orphaned.map((highlight) => highlightAsMarkdown(highlight, options)))
  }
  if (options.includeArticleText && article.body !== null) {
    const body = articleTextAsMarkdown(article.body.blocks, placed, level + 2)
    if (body !== '') parts.push(heading(1, 'Article text'), body)
  }
  return parts.join('\n\n')
}
