// Readability keeps the story and leaves the rest of the page (menus, asides, footers, comments,
// and now and then a paragraph it misjudged) behind without a word. Gloss never drops text
// silently, so each block of the page that is not in the article is recorded as removed.
import type { Block, Removal } from '../../../../shared/model/document'

/** The kind of removal a page's text outside the article is recorded as. */
export const OUTSIDE_ARTICLE = 'outside-the-article'

// Searching the whole article for each of a huge page's blocks would take seconds; past this many
// characters searched (about half a second), blocks are matched whole only. That errs towards
// recording too much, never too little.
const SEARCH_BUDGET = 300_000_000
// A few words ("World", "Read more") may stand anywhere in a story; only longer text is looked
// for inside the article's, and shorter text must match one of its blocks whole.
const MIN_SEARCHED_LENGTH = 24

/**
 * The page's blocks whose text the article does not hold, as removals. `shown` is text the
 * article shows outside its blocks (its title and byline).
 */
export function textOutsideArticle(pageBlocks: readonly Block[], articleBlocks: readonly Block[], shown: readonly string[] = []): Removal[] {
  // Readability merges and splits the page's blocks ("A<br><br>B" becomes two paragraphs), so
  // text is compared without its white space.
  const exact = new Set([...articleBlocks.map((block) => block.text), ...shown].map(withoutSpaces))
  let articleText: string | null = null
  let budget = SEARCH_BUDGET
  const removed: Removal[] = []
  for (const block of pageBlocks) {
    // A picture has no text to find; one outside the article is simply not shown.
    if (block.kind === 'image') continue
    const text = withoutSpaces(block.text)
    if (exact.has(text)) continue
    if (text.length < MIN_SEARCHED_LENGTH) {
      removed.push({ kind: OUTSIDE_ARTICLE, text: block.text })
      continue
    }
    articleText ??= articleBlocks.map((kept) => withoutSpaces(kept.text)).join('')
    budget -= articleText.length
    if (budget < 0 || !articleText.includes(text)) removed.push({ kind: OUTSIDE_ARTICLE, text: block.text })
  }
  return removed
}

function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '')
}
