// Readability keeps the story and leaves the rest of the page (menus, asides, footers, comments,
// and now and then a paragraph it misjudged) behind without a word. Gloss never drops text
// silently, so each block of the page that is not in the article is recorded as removed.
import type { Block, Removal } from '../../../../shared/model/document'

/** The kind of removal a page's text outside the article is recorded as. */
export const OUTSIDE_ARTICLE = 'outside-the-article'

/** The page's blocks whose text the article does not contain, as removals. */
export function textOutsideArticle(pageBlocks: readonly Block[], articleBlocks: readonly Block[]): Removal[] {
  const exact = new Set(articleBlocks.map((block) => block.text))
  let articleText: string | null = null
  const removed: Removal[] = []
  for (const block of pageBlocks) {
    if (exact.has(block.text)) continue
    // Readability may merge or split the page's blocks; text inside one of the article's is kept.
    articleText ??= articleBlocks.map((kept) => kept.text).join('\n')
    if (!articleText.includes(block.text)) removed.push({ kind: OUTSIDE_ARTICLE, text: block.text })
  }
  return removed
}
