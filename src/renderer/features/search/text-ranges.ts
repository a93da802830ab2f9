// Plain-text offsets of the article mapped onto the rendered page: every run the reader renders
// carries `data-start` (its offset) and holds one text node, so an offset finds its node directly.

/** A DOM Range over [start, end) of the article's plain text, or null when it is not rendered. */
export function rangeOfOffsets(root: Element, start: number, end: number): Range | null {
  const runs = [...root.querySelectorAll<HTMLElement>('.article-text [data-start]')]
  const startPoint = pointAt(runs, start, false)
  const endPoint = pointAt(runs, end, true)
  if (!startPoint || !endPoint) return null
  const range = document.createRange()
  range.setStart(startPoint.node, startPoint.offset)
  range.setEnd(endPoint.node, endPoint.offset)
  return range
}

// Runs are in document order with ascending offsets: binary search for the run holding `offset`.
function pointAt(runs: readonly HTMLElement[], offset: number, isEnd: boolean): { node: Node; offset: number } | null {
  let low = 0
  let high = runs.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (Number(runs[middle]!.dataset.start) <= offset) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  if (found < 0) return null
  let run = runs[found]!
  // An end offset equal to a run's start belongs to the end of the run before it.
  if (isEnd && found > 0 && Number(run.dataset.start) === offset) run = runs[found - 1]!
  const node = run.firstChild
  if (!node) return null
  const length = node.textContent?.length ?? 0
  return { node, offset: Math.min(length, Math.max(0, offset - Number(run.dataset.start))) }
}

/** Paints ranges with a named CSS highlight (::highlight(name)), leaving the DOM untouched; returns a clear function. */
export function paintRanges(name: string, ranges: readonly Range[]): () => void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return () => undefined
  CSS.highlights.set(name, new Highlight(...ranges))
  return () => CSS.highlights.delete(name)
}
