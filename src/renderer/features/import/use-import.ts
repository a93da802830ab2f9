// Import from the UI as a job: files are uploaded in chunks (or chosen in the desktop dialog),
// results are polled and stored as they finish, with progress and cancel; near-duplicates of
// library articles are held for the user to decide.
import { useCallback, useRef, useState } from 'react'
import { platform } from '../../platform'
import { articleTitles, loadDuplicateIndex, replaceWithImported, storeImportedArticles } from '../../db/import-repository'
import { flushTableWatchers } from '../../db/table-changes'
import { ImportSorter, type FoundDuplicate, type ImportFailure } from './core/import-sorter'
import { countChoices, type DuplicateChoice } from './core/duplicate-choices'
import { nameOf, uploadFiles } from './upload-files'
import { isPassedOverInFolder } from './core/file-triage'
import { IMPORT_STARTED_MARK } from './core/import-marks'

/** Where a running import is. */
export interface ImportProgress {
  total: number
  done: number
  current: string | null
  cancelling: boolean
}

/** What an import did, for the report. */
export interface ImportSummary {
  imported: number
  failures: ImportFailure[]
  duplicates: Record<DuplicateChoice, number>
  cancelled: boolean
}

/** A held duplicate with the title of the article it resembles. */
export interface PendingDuplicate {
  found: FoundDuplicate
  existingId: string
  existingTitle: string
}

const NO_DUPLICATES: Record<DuplicateChoice, number> = { skip: 0, 'keep-both': 0, replace: 0 }

/** State and actions of the import flow. */
export function useImport(): {
  busy: boolean
  progress: ImportProgress | null
  summary: ImportSummary | null
  duplicates: PendingDuplicate[] | null
  error: string | null
  importFiles(files: readonly File[]): Promise<void>
  importWithDialog(folders: boolean): Promise<void>
  cancel(): void
  resolveDuplicates(choices: readonly DuplicateChoice[]): Promise<void>
  dismiss(): void
} {
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const [summary, setSummary] = useState<ImportSummary | null>(null)
  const [duplicates, setDuplicates] = useState<PendingDuplicate[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const job = useRef<{ id: string | null; cancelled: boolean } | null>(null)

  const run = useCallback(
    async (begin: () => Promise<{ jobId: string | null; total: number }>, upload?: (jobId: string, stopped: () => boolean) => Promise<void>) => {
      if (job.current) return
      performance.mark(IMPORT_STARTED_MARK)
      const current = { id: null as string | null, cancelled: false }
      job.current = current
      setError(null)
      setSummary(null)
      setDuplicates(null)
      try {
        // The library's signatures are read once per import, not once per file.
        const [index, started] = await Promise.all([loadDuplicateIndex(), begin()])
        if (!started.jobId) return
        const jobId = started.jobId
        current.id = jobId
        if (current.cancelled) void platform.call('import:cancel', { jobId })
        setProgress({ total: started.total, done: 0, current: null, cancelling: current.cancelled })
        const sorter = new ImportSorter(index)
        const result: ImportSummary = { imported: 0, failures: [], duplicates: { ...NO_DUPLICATES }, cancelled: false }
        const held: FoundDuplicate[] = []
        const uploading = upload?.(jobId, () => current.cancelled).catch((caught: unknown) => {
          // Once cancelled, a request still on its way may find the job gone: that is no failure.
          if (current.cancelled) return
          void platform.call('import:cancel', { jobId })
          throw caught
        })
        for (;;) {
          const poll = await platform.call('import:poll', { jobId })
          const sorted = sorter.sort(poll.results)
          const ids = await storeImportedArticles(sorted.fresh)
          sorter.stored(sorted.fresh, ids)
          result.imported += ids.length
          result.failures.push(...sorted.failures)
          held.push(...sorted.duplicates)
          setProgress({ total: poll.total, done: poll.done, current: poll.current, cancelling: current.cancelled })
          if (poll.finished) {
            result.cancelled = poll.cancelled
            break
          }
        }
        await uploading
        // The library re-reads at a pace during the import; it must be whole when the report shows.
        await flushTableWatchers()
        if (held.length > 0) {
          const titles = await articleTitles(held.map((found) => sorter.existingIdOf(found)))
          setDuplicates(
            held.map((found) => {
              const existingId = sorter.existingIdOf(found)
              return { found, existingId, existingTitle: titles.get(existingId) ?? 'an article in the library' }
            })
          )
        }
        setSummary(result)
      } catch (caught) {
        setError(caught instanceof Error ? caught.message : String(caught))
      } finally {
        job.current = null
        setProgress(null)
      }
    },
    []
  )

  const importFiles = useCallback(
    async (chosen: readonly File[]) => {
      if (chosen.length === 0) return
      // Decided from names alone, so the job's total is known before any size is looked up.
      const files = chosen.filter((file) => !isPassedOverInFolder(nameOf(file)))
      if (files.length === 0) {
        // As the desktop's folder walk answers a folder holding nothing to import.
        setError(null)
        setSummary({ imported: 0, failures: [], duplicates: { ...NO_DUPLICATES }, cancelled: false })
        return
      }
      await run(
        () => platform.call('import:start', { source: 'upload', total: files.length }),
        (jobId, stopped) => uploadFiles(jobId, files, stopped)
      )
    },
    [run]
  )

  const importWithDialog = useCallback((folders: boolean) => run(() => platform.call('import:start', { source: 'dialog', folders })), [run])

  const cancel = useCallback(() => {
    const current = job.current
    if (!current || current.cancelled) return
    current.cancelled = true
    setProgress((shown) => shown && { ...shown, cancelling: true })
    if (current.id) void platform.call('import:cancel', { jobId: current.id })
  }, [])

  const resolveDuplicates = useCallback(
    async (choices: readonly DuplicateChoice[]) => {
      if (!duplicates) return
      try {
        for (const [position, pending] of duplicates.entries()) {
          const choice = choices[position] ?? 'skip'
          const article = pending.found.article
          if (choice === 'keep-both') await storeImportedArticles([article])
          if (choice === 'replace') await replaceWithImported(pending.existingId, article)
        }
        const counts = countChoices(choices)
        setSummary((shown) => shown && { ...shown, imported: shown.imported + counts['keep-both'], duplicates: counts })
      } catch (caught) {
        setError(caught instanceof Error ? caught.message : String(caught))
      } finally {
        setDuplicates(null)
      }
    },
    [duplicates]
  )

  return {
    busy: progress !== null,
    progress,
    summary,
    duplicates,
    error,
    importFiles,
    importWithDialog,
    cancel,
    resolveDuplicates,
    dismiss: () => (setSummary(null), setError(null))
  }
}
