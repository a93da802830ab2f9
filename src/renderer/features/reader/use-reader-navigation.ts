// Keyboard reading: a focus ring moved block by block (j/k), paging, top and end, and stepping
// through highlights ([/]). Decisions are pure (core/highlight-navigation); this file does the DOM.
import { useCallback, useMemo, useState, type RefObject } from 'react'
import type { Block } from '../../../shared/model/document'
import type { Highlight } from '../../../shared/model/annotation'
import type { ReaderNavigation } from '../../commands/command'
import { blockOffsets } from '../../../shared/model/text'
import { adjacentBlockIndex, adjacentHighlightId } from './core/highlight-navigation'

const PAGE_OVERLAP = 0.1

function blockElements(scroller: HTMLElement): HTMLElement[] {
  return [...scroller.querySelectorAll<HTMLElement>('.article-text > .block')]
}

function isInView(element: HTMLElement, scroller: HTMLElement): boolean {
  const view = scroller.getBoundingClientRect()
  const box = element.getBoundingClientRect()
  return box.bottom > view.top && box.top < view.bottom
}

function firstVisibleIndex(elements: readonly HTMLElement[], scroller: HTMLElement): number {
  const top = scroller.getBoundingClientRect().top
  const index = elements.findIndex((element) => element.getBoundingClientRect().bottom > top + 1)
  return Math.max(0, index)
}

function focusBlock(element: HTMLElement | undefined, block: ScrollLogicalPosition = 'nearest'): void {
  if (!element) return
  element.focus({ preventScroll: true })
  element.scrollIntoView({ block })
}

/** The navigation commands for the article scrolled inside `scroller`, and the highlight `[`/`]` reached. */
export function useReaderNavigation(
  scroller: RefObject<HTMLElement | null>,
  blocks: readonly Block[],
  highlights: readonly Highlight[],
  activeHighlightId: string | null
): ReaderNavigation & { highlightCursor: string | null; goToBlock(index: number): void } {
  const [highlightCursor, setHighlightCursor] = useState<string | null>(null)
  const offsets = useMemo(() => blockOffsets(blocks), [blocks])

  const stepBlock = useCallback(
    (direction: 1 | -1) => {
      const element = scroller.current
      if (!element) return
      const elements = blockElements(element)
      const focused = elements.indexOf(document.activeElement as HTMLElement)
      // From the focused block if it is still on screen; otherwise from what the reader sees.
      const next =
        focused >= 0 && isInView(elements[focused]!, element) ? adjacentBlockIndex(focused, direction, elements.length) : firstVisibleIndex(elements, element)
      if (next !== null) focusBlock(elements[next])
    },
    [scroller]
  )

  const page = useCallback(
    (direction: 1 | -1) => {
      const element = scroller.current
      element?.scrollBy({ top: direction * element.clientHeight * (1 - PAGE_OVERLAP) })
    },
    [scroller]
  )

  const goToBlock = useCallback(
    (index: number) => {
      const element = scroller.current
      if (element) focusBlock(blockElements(element)[index], 'start')
    },
    [scroller]
  )

  const stepHighlight = useCallback(
    (direction: 1 | -1) => {
      const element = scroller.current
      if (!element) return
      const readingOffset = offsets[firstVisibleIndex(blockElements(element), element)] ?? 0
      const id = adjacentHighlightId(highlights, activeHighlightId ?? highlightCursor, direction, readingOffset)
      const highlight = highlights.find((candidate) => candidate.id === id)
      if (!highlight) return
      // Runs are cut at every highlight boundary, so one always starts exactly where the highlight does.
      const mark = element.querySelector<HTMLElement>(`mark[data-start="${highlight.start}"]`)
      if (!mark) return
      setHighlightCursor(highlight.id)
      mark.closest<HTMLElement>('.block')?.focus({ preventScroll: true })
      mark.scrollIntoView({ block: 'center' })
    },
    [scroller, offsets, highlights, activeHighlightId, highlightCursor]
  )

  return useMemo(
    () => ({
      highlightCursor,
      goToBlock,
      nextBlock: () => stepBlock(1),
      previousBlock: () => stepBlock(-1),
      pageDown: () => page(1),
      pageUp: () => page(-1),
      toTop: () => {
        const element = scroller.current
        if (!element) return
        focusBlock(blockElements(element)[0])
        element.scrollTop = 0
      },
      toBottom: () => {
        const element = scroller.current
        if (!element) return
        focusBlock(blockElements(element).at(-1))
        element.scrollTop = element.scrollHeight
      },
      nextHighlight: () => stepHighlight(1),
      previousHighlight: () => stepHighlight(-1)
    }),
    [highlightCursor, goToBlock, stepBlock, page, stepHighlight, scroller]
  )
}
