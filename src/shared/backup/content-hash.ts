// Two imports of the same file get different ids; a content hash of the plain text lets a
// restore recognise them as one article. Fast and non-cryptographic: it only finds duplicates.
import type { ArticleBody } from '../model/article'
import { articlePlainText } from '../model/text'
import { hashString } from '../export/string-hash'

/** A fingerprint of an article's plain text: its length plus two independent 53-bit hashes. */
export function contentHash(body: Pick<ArticleBody, 'blocks'>): string {
  const text = articlePlainText(body.blocks)
  return `${text.length.toString(36)}-${hashString(text)}-${hashString(text, 0x9e3779b9)}`
}
