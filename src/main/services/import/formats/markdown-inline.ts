// Markdown inline markup (emphasis, links, images, code spans) reduced to the plain text a
// reader sees, because Gloss stores blocks of plain text.

/** Plain text of one line of Markdown, with the alt texts of any images it dropped. */
export interface InlineText {
  text: string
  droppedImageAlts: string[]
}

const HTML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…' }

/** Strips inline Markdown from text: links keep their text, images are dropped (alt text reported), emphasis and code marks removed. */
export function stripInlineMarkdown(source: string): InlineText {
  const droppedImageAlts: string[] = []
  // Code spans are set aside first (behind private-use placeholders) so that their * and _ are not taken for emphasis.
  const codeSpans: string[] = []
  let text = source.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_match, _ticks: string, code: string) => {
    codeSpans.push(code.trim())
    return `\uE000${codeSpans.length - 1}\uE000`
  })
  text = text
    .replace(/!\[([^\]]*)\]\([^)]*\)|!\[([^\]]*)\]\[[^\]]*\]/g, (_match, inlineAlt?: string, referenceAlt?: string) => {
      const alt = (inlineAlt ?? referenceAlt ?? '').trim()
      if (alt) droppedImageAlts.push(alt)
      return ''
    })
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/(\*\*\*|___)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\*(?=\S)([^*]*?\S)\*/g, '$1')
    // A single underscore marks emphasis only at word edges, so snake_case survives.
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, decodeEntity)
  text = text.replace(/\uE000(\d+)\uE000/g, (_match, index: string) => codeSpans[Number(index)] ?? '')
  return { text: text.replace(/\s+/g, ' ').trim(), droppedImageAlts }
}

function decodeEntity(match: string, name: string): string {
  if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16)) ?? match
  if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10)) ?? match
  return HTML_ENTITIES[name.toLowerCase()] ?? match
}

function safeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null
}
