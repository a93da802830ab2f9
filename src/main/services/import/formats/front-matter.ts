// YAML front matter (between --- lines at the top of a Markdown file) carries the title,
// author and date that static-site and note-taking tools write; reading it saves retyping.
import { parse as parseYaml } from 'yaml'
import { readMetadataDate } from './iso-date'
import { webPageAddress } from '../../../../shared/model/links'

/** Metadata read from front matter, and the Markdown body that follows it. */
export interface FrontMatter {
  title: string | null
  byline: string | null
  publishedAt: string | null
  publishedPartial: string | null
  language: string | null
  /** The note's web address (a web clipper's `source:` or `url:`), when it is one. */
  url: string | null
  /** The publisher or site, when `source:` or `site:` names one rather than giving an address. */
  source: string | null
  body: string
  warnings: string[]
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/

/** Splits YAML front matter off a Markdown text and reads its title, author, date and language. */
export function splitFrontMatter(markdown: string): FrontMatter {
  const none = { title: null, byline: null, publishedAt: null, publishedPartial: null, language: null, url: null, source: null }
  const match = FRONT_MATTER.exec(markdown)
  if (!match) return { ...none, body: markdown, warnings: [] }
  const body = markdown.slice(match[0].length)
  let data: unknown
  try {
    data = parseYaml(match[1] ?? '', { maxAliasCount: 50 })
  } catch {
    return { ...none, body, warnings: ['The front matter at the top of the file is not valid YAML and was ignored'] }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ...none, body, warnings: [] }
  const fields = data as Record<string, unknown>
  return {
    title: asText(fields.title),
    byline: asText(fields.author) ?? asText(fields.authors) ?? asText(fields.byline),
    ...readMetadataDate(asText(fields.date) ?? asText(fields.published) ?? asText(fields.publishedAt)),
    language: asText(fields.lang) ?? asText(fields.language),
    url: webPageAddress(asText(fields.url)) ?? webPageAddress(asText(fields.source)) ?? webPageAddress(asText(fields.link)),
    source: asText(fields.site) ?? (webPageAddress(asText(fields.source)) === null ? asText(fields.source) : null),
    body,
    warnings: []
  }
}

// YAML turns an unquoted date into a Date object and a list of authors into an array.
function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null
  if (typeof value === 'number') return String(value)
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((part): part is string => part !== null)
    return parts.length > 0 ? parts.join(', ') : null
  }
  if (value && typeof value === 'object' && 'name' in value) return asText((value as { name: unknown }).name)
  return null
}
