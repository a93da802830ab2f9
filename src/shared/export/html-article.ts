// One article of the HTML export: metadata header, the text with coloured <mark>s (overlaps
// split into flat segments, since <mark> must not straddle blocks), and numbered notes.
import type { Block } from '../model/document'
import type { Highlight } from '../model/annotation'
import { keepableImageSrc } from '../model/images'
import { openableHref, usableLinks } from '../model/links'
import { usableCodeSpans } from '../model/code-spans'
import { articlePlainText, blockOffsets, isNumberedItem } from '../model/text'
import { escapeHtml, escapeHtmlLines } from './escape-html'
import { placeHighlights, segmentText } from './highlight-ranges'
import { colorLabel } from './tag-syntax'
import type { ExportArticle, ExportOptions } from './types'

/** Renders an article as an HTML <article>; `key` keeps element ids unique within one page. */
export function articleAsHtml(article: ExportArticle, options: ExportOptions, key: string): string {
  const { meta } = article
  const text = article.body === null ? null : articlePlainText(article.body.blocks)
  const { placed, orphaned } = placeHighlights(article.highlights, text === null ? null : text.length)
  const numbers = new Map(placed.map((highlight, index) => [highlight.id, index + 1]))
  const lang = meta.language !== null && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(meta.language) ? ` lang="${meta.language}"` : ''
  const parts = [`<article id="${key}"${lang}>`, headerHtml(article)]
  const articleNote = article.articleNote?.text.trim() ?? ''
  if (options.includeNotes && articleNote !== '') {
    parts.push(`<section><h2>Note</h2><div class="note">${escapeHtml(articleNote)}</div></section>`)
  }
  if (options.includeArticleText && article.body !== null) {
    parts.push(`<section class="text">${blocksHtml(article.body.blocks, placed, numbers, options, key)}</section>`)
  }
  if (placed.length > 0) {
    const items = placed.map((h) => highlightItemHtml(h, options, key, numbers.get(h.id) ?? 0, options.includeArticleText && article.body !== null))
    parts.push(`<section class="highlights"><h2>Highlights</h2><ol>${items.join('\n')}</ol></section>`)
  }
  if (orphaned.length > 0) {
    const items = orphaned.map((h) => highlightItemHtml(h, options, key, 0, false))
    parts.push(`<section class="highlights orphaned"><h2>Orphaned highlights</h2><ul>${items.join('\n')}</ul></section>`)
  }
  parts.push('</article>')
  return parts.join('\n')
}

function headerHtml({ meta }: ExportArticle): string {
  const rows: Array<[string, string]> = []
  if (meta.byline !== null) rows.push(['Author', escapeHtml(meta.byline)])
  if (meta.source !== null) {
    const safeLink = /^https?:\/\/\S+$/i.test(meta.source)
    rows.push(['Source', safeLink ? `<a href="${escapeHtml(meta.source)}">${escapeHtml(meta.source)}</a>` : escapeHtml(meta.source)])
  }
  const address = meta.url === null ? null : openableHref(meta.url)
  if (address !== null) rows.push(['Address', `<a href="${escapeHtml(address)}" rel="noreferrer">${escapeHtml(address)}</a>`])
  const published = meta.publishedAt ?? meta.publishedPartial
  if (published !== null) rows.push(['Published', escapeHtml(published)])
  rows.push(['Imported', escapeHtml(new Date(meta.addedAt).toISOString().slice(0, 10))])
  const list = rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')
  return `<header><h1>${escapeHtml(meta.title)}</h1><dl class="meta">${list}</dl></header>`
}

function blocksHtml(blocks: readonly Block[], placed: Highlight[], numbers: Map<string, number>, options: ExportOptions, key: string): string {
  const offsets = blockOffsets(blocks)
  const referenced = new Set<string>()
  const started = new Set<string>()
  const html: string[] = []
  let inList = false
  blocks.forEach((block, index) => {
    const from = offsets[index] ?? 0
    const to = from + block.text.length
    const nextStart = offsets[index + 1] ?? Number.POSITIVE_INFINITY
    let inner = ''
    // Each piece of a link is a link of its own, so the highlights' reference links between pieces never nest in one.
    // So is each piece of inline code.
    const links = usableLinks(block.text, block.links)
    const code = usableCodeSpans(block.text, block.codeSpans)
    const edges = [...links, ...code].flatMap((span) => [from + span.start, from + span.end])
    let nextLink = 0
    let nextCode = 0
    for (const segment of segmentText(from, to, placed, edges)) {
      // A code block's line breaks are kept by <pre> itself; elsewhere each becomes a <br>.
      const escape = block.kind === 'code' ? escapeHtml : escapeHtmlLines
      // Segments, links and code are each in order: one pointer walks each.
      while (nextCode < code.length && from + code[nextCode]!.end <= segment.start) nextCode++
      const isCode = nextCode < code.length && from + code[nextCode]!.start <= segment.start
      const escaped = escape(block.text.slice(segment.start - from, segment.end - from))
      const text = isCode ? `<code>${escaped}</code>` : escaped
      while (nextLink < links.length && from + links[nextLink]!.end <= segment.start) nextLink++
      const candidate = links[nextLink]
      const link = candidate && from + candidate.start <= segment.start ? candidate : undefined
      inner += segmentHtml(link ? `<a href="${escapeHtml(link.href)}" rel="noreferrer">${text}</a>` : text, segment.highlights, started, options)
      inner += refsHtml(placed, (h) => h.end <= segment.end && h.start < segment.end, referenced, numbers, key)
    }
    // Highlights that end inside the gap between blocks get their reference at the block's end.
    inner += refsHtml(placed, (h) => h.end <= nextStart && h.start < nextStart, referenced, numbers, key)
    const isItem = block.kind === 'list-item'
    if (isItem !== inList) html.push(isItem ? '<ul>' : '</ul>')
    inList = isItem
    html.push(block.kind === 'image' ? imageHtml(block) : wrapBlock(block.kind, inner, isNumberedItem(block)))
  })
  if (inList) html.push('</ul>')
  return html.join('\n')
}

function segmentHtml(escaped: string, covering: Highlight[], started: Set<string>, options: ExportOptions): string {
  const top = covering[covering.length - 1]
  if (top === undefined) return escaped
  // The colour meaning is spoken once, where each highlight begins, for screen readers.
  const spoken = covering
    .filter((h) => !started.has(h.id))
    .map((h) => {
      started.add(h.id)
      return `<span class="sr-only">[${escapeHtml(colorLabel(h.color, options.colorMeanings))}] </span>`
    })
    .join('')
  const title = [...new Set(covering.map((h) => colorLabel(h.color, options.colorMeanings)))].join(' + ')
  const overlap = covering.length > 1 ? ' overlap' : ''
  return `${spoken}<mark class="c-${top.color}${overlap}" title="${escapeHtml(title)}">${escaped}</mark>`
}

function refsHtml(placed: Highlight[], due: (h: Highlight) => boolean, referenced: Set<string>, numbers: Map<string, number>, key: string): string {
  let html = ''
  for (const highlight of placed) {
    if (referenced.has(highlight.id) || !due(highlight)) continue
    referenced.add(highlight.id)
    const n = numbers.get(highlight.id) ?? 0
    html += `<span class="ref"><a href="#${key}-h${n}" id="${key}-r${n}" aria-label="Highlight ${n}">${n}</a></span>`
  }
  return html
}

// The page's policy lets data addresses through as images, and only raster ones are ever kept.
function imageHtml(block: Block): string {
  const src = block.image ? keepableImageSrc(block.image.src) : null
  return src === null ? '' : `<figure><img src="${src}" alt="${escapeHtml(block.image!.alt)}"></figure>`
}

function wrapBlock(kind: Block['kind'], inner: string, numbered: boolean): string {
  switch (kind) {
    case 'heading':
      return `<h3>${inner}</h3>`
    case 'quote':
      return `<blockquote><p>${inner}</p></blockquote>`
    case 'list-item':
      return numbered ? `<li class="numbered">${inner}</li>` : `<li>${inner}</li>`
    case 'code':
      return `<pre><code>${inner}</code></pre>`
    case 'caption':
    case 'summary':
      return `<p class="${kind}">${inner}</p>`
    default:
      return `<p>${inner}</p>`
  }
}

function highlightItemHtml(highlight: Highlight, options: ExportOptions, key: string, n: number, linked: boolean): string {
  const id = n > 0 ? ` id="${key}-h${n}"` : ''
  const label: string[] = []
  if (options.includeColors) label.push(escapeHtml(colorLabel(highlight.color, options.colorMeanings)))
  if (options.includeTags && highlight.tags.length > 0) label.push(highlight.tags.map((tag) => `#${escapeHtml(tag)}`).join(' '))
  const note = options.includeNotes ? highlight.note.text.trim() : ''
  const colorClass = options.includeColors ? ` class="c-${highlight.color}"` : ''
  return [
    `<li${id}>`,
    `<blockquote${colorClass}>${escapeHtmlLines(highlight.quote)}</blockquote>`,
    label.length > 0 ? `<p class="label">${label.join(' · ')}</p>` : '',
    note !== '' ? `<div class="note">${escapeHtml(note)}</div>` : '',
    linked ? `<a class="back" href="#${key}-r${n}">Back to text</a>` : '',
    '</li>'
  ].join('')
}
