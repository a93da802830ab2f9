// The command line exports from a backup file instead of the app's database; this picks the
// articles of a scope out of backup data, shaped exactly as the app sends them.
import { COLOR_MEANINGS_SETTING_KEY, normalizeSetting, type BackupData } from '../../../shared/backup'
import { hasTagInScope, type ExportArticle } from '../../../shared/export'
import { DEFAULT_COLOR_MEANINGS, type HighlightColor } from '../../../shared/model/annotation'

/** Which articles of a backup to export. */
export type BackupScope = { kind: 'all' } | { kind: 'article'; id: string } | { kind: 'tag'; name: string }

/** Reads `all`, `article:ID` or `tag:NAME`; null for anything else. */
export function parseBackupScope(text: string): BackupScope | null {
  if (text === 'all') return { kind: 'all' }
  const match = /^(article|tag):(.+)$/s.exec(text)
  if (!match) return null
  return match[1] === 'article' ? { kind: 'article', id: match[2]! } : { kind: 'tag', name: match[2]! }
}

/** The scope's articles (not in the trash), newest first as in the library; throws when the scope matches nothing. */
export function articlesFromBackup(data: BackupData, scope: BackupScope): ExportArticle[] {
  const live = data.articles.filter((meta) => meta.trashedAt === null)
  const chosen =
    scope.kind === 'all'
      ? live
      : scope.kind === 'article'
        ? data.articles.filter((meta) => meta.id === scope.id)
        : live.filter((meta) => hasTagInScope(meta.tags, scope.name))
  if (chosen.length === 0) {
    if (scope.kind === 'article') throw new Error(`The backup has no article with id “${scope.id}”`)
    if (scope.kind === 'tag') throw new Error(`No article in the backup has the tag “${scope.name}”`)
    throw new Error('The backup has no articles to export')
  }
  const bodies = new Map(data.bodies.map((body) => [body.articleId, body]))
  const notes = new Map(data.articleNotes.map((record) => [record.articleId, record.note]))
  const highlights = new Map<string, ExportArticle['highlights']>()
  for (const highlight of data.highlights) {
    const list = highlights.get(highlight.articleId) ?? []
    list.push(highlight)
    highlights.set(highlight.articleId, list)
  }
  return [...chosen]
    .sort((a, b) => b.addedAt - a.addedAt)
    .map((meta) => ({
      meta,
      body: bodies.get(meta.id) ?? null,
      highlights: (highlights.get(meta.id) ?? []).sort((a, b) => a.start - b.start || a.end - b.end),
      articleNote: notes.get(meta.id) ?? null
    }))
}

/** The user's colour meanings as saved in the backup, else the defaults. */
export function colorMeaningsFromBackup(data: BackupData): Record<HighlightColor, string> {
  const setting = data.settings.find((record) => record.key === COLOR_MEANINGS_SETTING_KEY)
  const normalized = setting ? normalizeSetting(setting) : null
  return normalized ? (normalized.value as Record<HighlightColor, string>) : { ...DEFAULT_COLOR_MEANINGS }
}
