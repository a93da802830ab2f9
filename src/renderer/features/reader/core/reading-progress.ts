// Converts between a scroll position and the fraction of an article read, and estimates reading
// time, so saving and restoring progress survives a change of window size or font size.

/** Words an adult reads per minute on screen (a common middle estimate). */
export const WORDS_PER_MINUTE = 230

/** The fraction (0..1) read at a scroll position; a page too short to scroll counts as read. */
export function progressAt(scrollTop: number, scrollHeight: number, clientHeight: number): number {
  const scrollable = scrollHeight - clientHeight
  if (scrollable <= 0) return 1
  return Math.min(1, Math.max(0, scrollTop / scrollable))
}

/** The scroll position that shows a saved fraction read. */
export function scrollTopFor(progress: number, scrollHeight: number, clientHeight: number): number {
  const scrollable = Math.max(0, scrollHeight - clientHeight)
  return Math.round(Math.min(1, Math.max(0, progress)) * scrollable)
}

/** Whole minutes to read a number of words, at least one for any text. */
export function readingMinutes(wordCount: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  if (wordCount <= 0) return 0
  return Math.max(1, Math.round(wordCount / wordsPerMinute))
}

/** "1,234 words · 5 min read", for the article header. */
export function describeLength(wordCount: number): string {
  const words = `${wordCount.toLocaleString('en')} ${wordCount === 1 ? 'word' : 'words'}`
  const minutes = readingMinutes(wordCount)
  return minutes === 0 ? words : `${words} · ${minutes} min read`
}
