// Tracks the user's text selection inside the article as plain-text offsets plus its rectangle.
import { useEffect, useState, type RefObject } from 'react'
import { selectionOffsets } from './dom/selection-offsets'

export interface TextSelection {
  start: number
  end: number
  rect: DOMRect
}

/** The current selection inside `root`, or null. */
export function useTextSelection(root: RefObject<HTMLElement | null>, text: string): [TextSelection | null, () => void] {
  const [selection, setSelection] = useState<TextSelection | null>(null)
  useEffect(() => {
    const update = (): void => {
      const element = root.current
      const offsets = element ? selectionOffsets(element, text) : null
      if (!offsets) return setSelection(null)
      const range = window.getSelection()!.getRangeAt(0)
      setSelection({ ...offsets, rect: range.getBoundingClientRect() })
    }
    document.addEventListener('selectionchange', update)
    return () => document.removeEventListener('selectionchange', update)
  }, [root, text])
  const clear = (): void => {
    window.getSelection()?.removeAllRanges()
    setSelection(null)
  }
  return [selection, clear]
}
