// Find in the open article: matches over the plain text (not the index), painted on the page
// with CSS highlights, with a current match to step through.
import { useEffect, useMemo, useState, type RefObject } from 'react'
import { findInText } from '../../../shared/search/find-in-text'
import { paintRanges, rangeOfOffsets } from './text-ranges'

/** Matches of `needle` in the article, the current one, and moving between them. */
export function useArticleFind(
  root: RefObject<HTMLElement | null>,
  text: string,
  needle: string
): { count: number; current: number; next(): void; previous(): void } {
  const matches = useMemo(() => findInText(text, needle), [text, needle])
  const [current, setCurrent] = useState(0)
  useEffect(() => setCurrent(0), [matches])
  useEffect(() => {
    if (!root.current || matches.length === 0) return
    const ranges = matches.map(([start, end]) => rangeOfOffsets(root.current!, start, end)).filter((range): range is Range => !!range)
    const clearAll = paintRanges('gloss-find', ranges)
    const active = ranges[current]
    const clearCurrent = active ? paintRanges('gloss-find-current', [active]) : () => undefined
    active?.startContainer.parentElement?.scrollIntoView({ block: 'center' })
    return () => {
      clearAll()
      clearCurrent()
    }
  }, [root, matches, current])
  return {
    count: matches.length,
    current,
    next: () => setCurrent((index) => (matches.length ? (index + 1) % matches.length : 0)),
    previous: () => setCurrent((index) => (matches.length ? (index - 1 + matches.length) % matches.length : 0))
  }
}
