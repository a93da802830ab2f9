// Normalise on read: every record leaving the database passes through the same functions that
// restore backups, so old or partial records never reach the UI raw (as Excalidraw's restore).
export { normalizeArticleMeta, normalizeArticleBody, normalizeHighlight, normalizeNote, normalizeSetting } from '../../shared/backup'
