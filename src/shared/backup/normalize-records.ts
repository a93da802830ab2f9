// The smaller backup records (bodies, article notes, tags, settings), completed with defaults
// on read so older or partial backups restore instead of failing.
import { DEFAULT_COLOR_MEANINGS, HIGHLIGHT_COLORS, type HighlightColor } from '../model/annotation'
import type { ArticleBody } from '../model/article'
import { BlockKindSchema, type Block } from '../model/document'
import { isKeptImageSrc, MAX_ALT_LENGTH, type InlineImage } from '../model/images'
import { usableLinks, type Link } from '../model/links'
import { usableCodeSpans, type CodeSpan } from '../model/code-spans'
import { articlePlainText } from '../model/text'
import { COLOR_MEANINGS_SETTING_KEY, type ArticleNoteRecord, type SettingRecord, type TagRecord } from './backup-schema'
import { asCount, asNumber, asOneOf, asRecord, asString, asStringList } from './lenient-readers'
import { normalizeNote } from './normalize-highlight'

/** Completes an article body; one naming no article gets articleId '' (callers drop those). */
export function normalizeArticleBody(raw: unknown): ArticleBody {
  const record = asRecord(raw)
  const articleId = asString(record.articleId, '').trim()
  const blocks: Block[] = (Array.isArray(record.blocks) ? record.blocks : []).map((item) => {
    const block = asRecord(item)
    const kind = asOneOf(block.kind, BlockKindSchema.options, 'paragraph')
    // A picture's block has no text and keeps its place even when its picture cannot be kept.
    if (kind === 'image') return { kind, text: '', ...asImage(block.image) }
    const text = asString(block.text, '')
    const links = usableLinks(text, Array.isArray(block.links) ? block.links.map(asLink) : [])
    // A code block is all code: spans on it mean nothing.
    const codeSpans = kind === 'code' ? [] : usableCodeSpans(text, Array.isArray(block.codeSpans) ? block.codeSpans.map(asSpan) : [])
    return { kind, text, ...(links.length > 0 ? { links } : {}), ...(codeSpans.length > 0 ? { codeSpans } : {}) }
  })
  const pairs = (value: unknown, keys: readonly string[]) =>
    (Array.isArray(value) ? value : []).map((item) => Object.fromEntries(keys.map((key) => [key, asString(asRecord(item)[key], '')])))
  return {
    articleId,
    blocks,
    removed: pairs(record.removed, ['kind', 'text']) as ArticleBody['removed'],
    repairs: pairs(record.repairs, ['kind', 'before', 'after']) as ArticleBody['repairs'],
    warnings: asStringList(record.warnings),
    originalText: asString(record.originalText, articlePlainText(blocks))
  }
}

function asImage(raw: unknown): { image?: InlineImage } {
  const image = asRecord(raw)
  const src = asString(image.src, '')
  return isKeptImageSrc(src) ? { image: { src, alt: asString(image.alt, '').slice(0, MAX_ALT_LENGTH) } } : {}
}

// A stored link with a missing or mistyped field ends up empty, which usableLinks drops.
function asLink(raw: unknown): Link {
  const link = asRecord(raw)
  return { start: asCount(link.start) ?? 0, end: asCount(link.end) ?? 0, href: asString(link.href, '') }
}

// A stored span with a missing or mistyped field ends up empty, which usableCodeSpans drops.
function asSpan(raw: unknown): CodeSpan {
  const span = asRecord(raw)
  return { start: asCount(span.start) ?? 0, end: asCount(span.end) ?? 0 }
}

/** Completes an article note record; null when it names no article. */
export function normalizeArticleNote(raw: unknown): ArticleNoteRecord | null {
  const record = asRecord(raw)
  const articleId = asString(record.articleId, '').trim()
  if (articleId === '') return null
  return { articleId, note: normalizeNote(record.note), updatedAt: asNumber(record.updatedAt, 0) }
}

/** Completes a tag record; null when it has no name. */
export function normalizeTag(raw: unknown): TagRecord | null {
  const record = typeof raw === 'string' ? { name: raw } : asRecord(raw)
  const name = asString(record.name, '').normalize('NFC').trim()
  if (name === '') return null
  const color = asString(record.color, null)
  const createdAt = asNumber(record.createdAt, null)
  return { name, ...(color === null ? {} : { color }), ...(createdAt === null ? {} : { createdAt }) }
}

/** Completes a setting record; colour meanings are filled in for any colour missing. */
export function normalizeSetting(raw: unknown): SettingRecord | null {
  const record = asRecord(raw)
  const key = asString(record.key, '').trim()
  if (key === '' || record.value === undefined) return null
  if (key !== COLOR_MEANINGS_SETTING_KEY) return { key, value: record.value }
  const stored = asRecord(record.value)
  const meanings = Object.fromEntries(HIGHLIGHT_COLORS.map((color) => [color, asString(stored[color], '').trim() || DEFAULT_COLOR_MEANINGS[color]])) as Record<
    HighlightColor,
    string
  >
  return { key, value: meanings }
}
