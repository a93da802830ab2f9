// Everything the reader does with annotations, in one hook: optimistic creation (a new highlight
// is on screen in the same frame, the database follows), removal with undo, the open highlight,
// adjusting and re-attaching, and the `annotations` part of the command target.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import type { Highlight, HighlightColor, Note } from '../../../shared/model/annotation'
import { addHighlight, deleteHighlight, moveHighlight, newHighlight, recolorHighlight, restoreHighlight } from '../../db/highlights-repository'
import { saveHighlightNote } from '../../db/notes-repository'
import { addHighlightTag, removeHighlightTag } from '../../db/tags-repository'
import { useCommandTarget } from '../../commands/use-command-target'
import type { TextSelection } from '../reader/use-text-selection'
import { mergeOptimistic } from './core/optimistic-highlights'
import { useArticleHighlights } from './use-article-highlights'

/** The highlight whose popover is open, where, and what gets the keyboard. */
export interface ActiveHighlight {
  id: string
  rect: DOMRect
  focus: 'note' | 'tags' | null
}

/** A message for the user, with Undo when something can be taken back. */
export interface AnnotationToast {
  message: string
  undoable: boolean
}

interface Options {
  articleId: string
  text: string
  selection: TextSelection | null
  clearSelection(): void
  articleRoot: RefObject<HTMLElement | null>
}

const NOTHING_REMOVED: ReadonlySet<string> = new Set()
const TOAST_MILLISECONDS = 8000

function markOf(root: HTMLElement | null, id: string): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[data-highlight-id="${CSS.escape(id)}"]`) ?? null
}

/** The reader's annotation state and actions; pass the result to <ReaderAnnotations>. */
export function useReaderAnnotations({ articleId, text, selection, clearSelection, articleRoot }: Options) {
  const stored = useArticleHighlights(articleId)
  const [pending, setPending] = useState<readonly Highlight[]>([])
  const [removed, setRemoved] = useState<ReadonlySet<string>>(NOTHING_REMOVED)
  const highlights = useMemo(() => mergeOptimistic(stored, pending, removed), [stored, pending, removed])
  const [active, setActive] = useState<ActiveHighlight | null>(null)
  const [lastColor, setLastColor] = useState<HighlightColor>('yellow')
  const [toast, setToast] = useState<AnnotationToast | null>(null)
  const [tagManagerOpen, setTagManagerOpen] = useState(false)
  const undoStack = useRef<Highlight[]>([])

  useEffect(() => {
    if (!toast) return
    const timer = setTimeout(() => setToast(null), TOAST_MILLISECONDS)
    return () => clearTimeout(timer)
  }, [toast])

  const showPending = useCallback((highlight: Highlight) => {
    setPending((current) => [...current.filter((other) => other.id !== highlight.id), highlight])
    setRemoved((current) => {
      if (!current.has(highlight.id)) return current
      const next = new Set(current)
      next.delete(highlight.id)
      return next
    })
  }, [])

  const highlightSelection = useCallback(
    (color?: HighlightColor, then: ActiveHighlight['focus'] = null) => {
      if (!selection) return
      const chosen = color ?? lastColor
      setLastColor(chosen)
      const highlight = newHighlight(articleId, text, selection.start, selection.end, chosen)
      // Rendered before this handler returns: the mark is on screen in this frame, and after `n`
      // or `t` the very next key already lands in the note or the tag input.
      flushSync(() => {
        showPending(highlight)
        clearSelection()
        if (then) setActive({ id: highlight.id, rect: selection.rect, focus: then })
      })
      addHighlight(highlight).catch(() => {
        setPending((current) => current.filter((other) => other.id !== highlight.id))
        setToast({ message: 'The highlight could not be saved.', undoable: false })
      })
    },
    [selection, lastColor, articleId, text, clearSelection, showPending]
  )

  const removeHighlight = useCallback(
    (id: string) => {
      const highlight = highlights.find((candidate) => candidate.id === id)
      if (!highlight) return
      undoStack.current.push(highlight)
      setRemoved((current) => new Set(current).add(id))
      setPending((current) => current.filter((other) => other.id !== id))
      setActive((current) => (current?.id === id ? null : current))
      setToast({ message: 'Highlight removed.', undoable: true })
      void deleteHighlight(id)
    },
    [highlights]
  )

  const undoRemove = useCallback(() => {
    const highlight = undoStack.current.pop()
    if (!highlight) return
    showPending(highlight)
    void restoreHighlight(highlight)
    setToast({ message: 'Highlight restored.', undoable: false })
  }, [showPending])

  /** Moves a highlight onto the selection: extending, shrinking, or re-attaching an orphan. */
  const moveToSelection = useCallback(
    (id: string) => {
      if (!selection) return
      void moveHighlight(id, text, selection.start, selection.end)
      clearSelection()
    },
    [selection, text, clearSelection]
  )

  const onHighlightClick = useCallback((id: string, element: HTMLElement) => {
    if (window.getSelection()?.isCollapsed === false) return
    setActive({ id, rect: element.getBoundingClientRect(), focus: null })
  }, [])

  const selectFromPanel = useCallback(
    (id: string) => {
      const mark = markOf(articleRoot.current, id)
      if (!mark) return
      mark.scrollIntoView({ block: 'center' })
      setActive({ id, rect: mark.getBoundingClientRect(), focus: null })
    },
    [articleRoot]
  )

  const copySelection = useCallback(() => {
    if (!selection) return
    const quote = text.slice(selection.start, selection.end)
    navigator.clipboard.writeText(quote).then(
      () => setToast({ message: 'Quote copied.', undoable: false }),
      () => setToast({ message: 'Could not copy: the clipboard is not available.', undoable: false })
    )
  }, [selection, text])

  const commands = useMemo(
    () => ({
      highlightSelection: (color?: HighlightColor) => highlightSelection(color),
      highlightWithNote: () => highlightSelection(undefined, 'note'),
      highlightWithTags: () => highlightSelection(undefined, 'tags'),
      undoRemove,
      canUndo: () => undoStack.current.length > 0,
      manageTags: () => setTagManagerOpen(true)
    }),
    [highlightSelection, undoRemove]
  )
  useCommandTarget('annotations', commands)

  const activeHighlight = active ? highlights.find((highlight) => highlight.id === active.id) : undefined
  const canAdjust =
    !!selection && !!activeHighlight && !activeHighlight.orphaned && selection.end >= activeHighlight.start && selection.start <= activeHighlight.end

  return {
    articleId,
    highlights,
    active,
    activeHighlight,
    selection,
    toast,
    tagManagerOpen,
    canAdjust,
    highlightSelection,
    removeHighlight,
    undoRemove,
    moveToSelection,
    onHighlightClick,
    selectFromPanel,
    copySelection,
    closePopover: useCallback(() => setActive(null), []),
    dismissToast: useCallback(() => setToast(null), []),
    openTagManager: commands.manageTags,
    closeTagManager: useCallback(() => setTagManagerOpen(false), []),
    recolor: useCallback((id: string, color: HighlightColor) => {
      setLastColor(color)
      void recolorHighlight(id, color)
    }, []),
    removeTag: useCallback((id: string, tag: string) => void removeHighlightTag(id, tag), []),
    addTag: useCallback((id: string, tag: string) => void addHighlightTag(id, tag), []),
    saveNote: useCallback((id: string, note: Note) => saveHighlightNote(id, note), [])
  }
}

/** What useReaderAnnotations gives the reader. */
export type ReaderAnnotationsState = ReturnType<typeof useReaderAnnotations>
