// The reader's text actions: "Use original text" (the file's text, only split into paragraphs;
// a web page's every word) and "Clean again" (today's cleaning over the original, in the main
// process). Highlights are re-anchored each time (orphaned, never lost, when their words are
// gone), and each action can be undone.
import { useCallback, useState } from 'react'
import { platform } from '../../platform'
import { getArticleBody, getArticleMeta } from '../../db/articles-repository'
import { currentText, replaceArticleText, type ReplacementText } from '../../db/import-repository'
import type { ReanchorOutcome } from '../../db/reanchor-repository'
import { originalTextBlocks } from '../../../shared/import/original-blocks'
import { withPicturesInPlace } from '../../../shared/import/pictures-kept-in-place'
import { keepsSource } from '../../../shared/import/file-formats'
import { MAX_RECLEAN_TITLE } from '../../../shared/ipc/import-schemas'

/** The last action's result, with what Undo puts back. */
interface Done {
  message: string
  previous: ReplacementText | null
}

/** Describes how highlights fared, for the status line. */
export function describeOutcome(action: string, outcome: ReanchorOutcome): string {
  const total = outcome.placed + outcome.orphaned
  if (total === 0) return `${action}.`
  if (outcome.orphaned === 0) return `${action}; ${total === 1 ? 'the highlight' : `all ${total} highlights`} kept ${total === 1 ? 'its' : 'their'} place.`
  return `${action}; ${outcome.orphaned} of ${total} highlight${total === 1 ? '' : 's'} not found in the new text (kept in the panel).`
}

/** Actions on an article's text, their status, and undo. */
export function useArticleTextActions(articleId: string): {
  busy: boolean
  status: string | null
  error: string | null
  canUndo: boolean
  restoreOriginal(): Promise<void>
  cleanAgain(): Promise<void>
  undo(): Promise<void>
  dismiss(): void
} {
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<Done | null>(null)
  const [error, setError] = useState<string | null>(null)

  const perform = useCallback(
    async (action: string, next: () => Promise<ReplacementText>) => {
      setBusy(true)
      setError(null)
      try {
        const previous = await currentText(articleId)
        const outcome = await replaceArticleText(articleId, await next())
        setDone({ message: describeOutcome(action, outcome), previous })
      } catch (caught) {
        setError(caught instanceof Error ? caught.message : String(caught))
      } finally {
        setBusy(false)
      }
    },
    [articleId]
  )

  const restoreOriginal = useCallback(
    () =>
      perform('Now showing the original text', async () => {
        const body = await requireBody(articleId)
        const meta = await getArticleMeta(articleId)
        // A web page's original is its markup: its text is every word of the page, read in the
        // main process (which owns the HTML reader), not the tags shown as text.
        // The original is text alone: the article's pictures are put back where they stood.
        if (meta?.format === 'html') {
          const page = await platform.call('import:page-text', { html: body.originalText })
          if (page.blocks.length === 0) throw new Error('The page has no text of its own')
          return { blocks: withPicturesInPlace(body.blocks, page.blocks), removed: [], repairs: [] }
        }
        // A file that held only pictures has no text to go back to; its article stays as it is.
        const blocks = originalTextBlocks(body.originalText)
        if (blocks.length === 0) throw new Error('The file has no text of its own')
        return { blocks: withPicturesInPlace(body.blocks, blocks), removed: [], repairs: [] }
      }),
    [perform, articleId]
  )

  const cleanAgain = useCallback(
    () =>
      perform('Cleaned again', async () => {
        const [body, meta] = await Promise.all([requireBody(articleId), getArticleMeta(articleId)])
        if (!meta) throw new Error('This article is no longer in the library')
        // Of a PDF, EPUB or DOCX only extracted text is kept, so its current blocks are what is
        // cleaned, and its original need not cross. Only the title's start is compared with a heading.
        const current = keepsSource(meta.format) ? undefined : { title: meta.title.slice(0, MAX_RECLEAN_TITLE), blocks: body.blocks }
        const originalText = current ? '' : body.originalText
        const cleaned = await platform.call('import:reclean', { fileName: meta.fileName, format: meta.format, originalText, current })
        // Cleaning the current text adds to the record of what import did; it does not replace it.
        if (cleaned.cleanedFrom === 'current-text') {
          return { blocks: cleaned.blocks, removed: [...body.removed, ...cleaned.removed], repairs: [...body.repairs, ...cleaned.repairs] }
        }
        return { blocks: cleaned.blocks, removed: cleaned.removed, repairs: cleaned.repairs }
      }),
    [perform, articleId]
  )

  const undo = useCallback(async () => {
    const previous = done?.previous
    if (!previous) return
    setBusy(true)
    try {
      const outcome = await replaceArticleText(articleId, previous)
      setDone({ message: describeOutcome('Undone', outcome), previous: null })
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }, [articleId, done])

  return {
    busy,
    status: done?.message ?? null,
    error,
    canUndo: !!done?.previous,
    restoreOriginal,
    cleanAgain,
    undo,
    dismiss: () => (setDone(null), setError(null))
  }
}

async function requireBody(articleId: string) {
  const body = await getArticleBody(articleId)
  if (!body) throw new Error('This article is no longer in the library')
  return body
}
