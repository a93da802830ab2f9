// Import from the UI as a job: files are uploaded in chunks (or chosen in the desktop dialog),
// results are polled and stored as they finish, with progress and cancel; near-duplicates of
// library articles are held for the user to decide.
import { useCallback, useRef, useState } from 'react'
import { platform } from '../../platform'
import { articleTitles, loadDuplicateIndex, replaceWithImported, storeImportedArticles } from '../../db/import-repository'
import { flushTableWatchers } from '../../db/table-changes'
import { ImportSorter, type FoundDuplicate, type ImportFailure } from './core/import-sorter'
import { countChoices, type DuplicateChoice } from './core/duplicate-choices'
import { nameOf, uploadFiles, type ChosenFile } from './upload-files'
import { isPassedOverInFolder } from './core/file-triage'
import { picturesForPages } from './core/pictures-for-pages'
import { MAX_FILES_PER_IMPORT } from '../../../shared/ipc/import-schemas'
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
export interface Importer {
  /** An import is running, its duplicates await a decision, or the decisions are being stored: no other may start. */
  busy: boolean
  progress: ImportProgress | null
  summary: ImportSummary | null
  duplicates: PendingDuplicate[] | null
  error: string | null
  importFiles(files: readonly ChosenFile[]): Promise<void>
  importWithDialog(folders: boolean): Promise<void>
  cancel(): void
  resolveDuplicates(choices: readonly DuplicateChoice[]): Promise<void>
  dismiss(): void
}

const messageOf = (caught: unknown): string => (caught instanceof Error ? caught.message : String(caught))

/** The import flow's state and actions (the app holds one, in ImportProvider). */
export function useImport(): Importer {
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const [summary, setSummary] = useState<ImportSummary | null>(null)
  const [duplicates, setDuplicates] = useState<PendingDuplicate[] | null>(null)
  const [resolving, setResolving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const job = useRef<{ id: string | null; cancelled: boolean } | null>(null)
  // Read by actions that may be called from stale closures (commands, drops).
  const waitingOnUser = useRef(false)
  waitingOnUser.current = duplicates !== null || resolving

  const run = useCallback(
    async (begin: () => Promise<{ jobId: string | null; total: number }>, upload?: (jobId: string, stopped: () => boolean) => Promise<void>) => {
      if (job.current || waitingOnUser.current) return
      performance.mark(IMPORT_STARTED_MARK)
      const current = { id: null as string | null, cancelled: false }
      job.current = current
      setError(null)
      setSummary(null)
      setDuplicates(null)
      const result: ImportSummary = { imported: 0, failures: [], duplicates: { ...NO_DUPLICATES }, cancelled: false }
      let uploading: Promise<void> | undefined
      // A batch is stored while the next is asked for and sorted: the host answers and the page
      // sorts while IndexedDB commits, each batch in order (a later one waits for the one before).
      let storing: Promise<void> = Promise.resolve()
      const stopAfterFailure = (): void => {
        current.cancelled = true
        if (current.id) void platform.call('import:cancel', { jobId: current.id }).catch(() => undefined)
      }
      try {
        // The library's signatures are read once per import, not once per file, while the dialog is open.
        const [index, started] = await Promise.all([
          loadDuplicateIndex().then(
            (loaded) => ({ loaded }),
            (failure: unknown) => ({ failure })
          ),
          begin()
        ])
        if (!started.jobId) return
        const jobId = started.jobId
        current.id = jobId
        if ('failure' in index) throw index.failure
        if (current.cancelled) void platform.call('import:cancel', { jobId })
        setProgress({ total: started.total, done: 0, current: null, cancelling: current.cancelled })
        const sorter = new ImportSorter(index.loaded)
        const held: FoundDuplicate[] = []
        uploading = upload?.(jobId, () => current.cancelled).catch((caught: unknown) => {
          // Once cancelled, a request still on its way may find the job gone: that is no failure.
          if (current.cancelled) return
          void platform.call('import:cancel', { jobId })
          throw caught
        })
        for (;;) {
          const poll = await platform.call('import:poll', { jobId })
          const sorted = sorter.sort(poll.results)
          await storing
          storing = storeImportedArticles(sorted.fresh).then((ids) => {
            sorter.stored(sorted.fresh, ids)
            result.imported += ids.length
          })
          // A failed store stops the uploads and the host at once; the loop learns of it at its next turn.
          storing.catch(stopAfterFailure)
          setProgress({ total: poll.total, done: poll.done, current: poll.current, cancelling: current.cancelled })
          result.failures.push(...sorted.failures)
          held.push(...sorted.duplicates)
          if (poll.finished) {
            result.cancelled = poll.cancelled
            break
          }
        }
        await storing
        await uploading
        // The library re-reads at a pace during the import; it must be whole when the report shows.
        await flushTableWatchers()
        if (held.length > 0) {
          // Held from now on, before the render that shows them: no other import may start between.
          waitingOnUser.current = true
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
        // Nothing more of this import is wanted: the uploads stop, the host drops the job, and the
        // report says what was stored before the failure (the batch being written included, once
        // it has committed or failed) as well as why it stopped.
        stopAfterFailure()
        void uploading?.catch(() => undefined)
        await storing.catch(() => undefined)
        setError(messageOf(caught))
        if (current.id) setSummary({ ...result, cancelled: true })
      } finally {
        job.current = null
        setProgress(null)
      }
    },
    []
  )

  const importFiles = useCallback(
    async (chosen: readonly ChosenFile[]) => {
      if (chosen.length === 0 || job.current || waitingOnUser.current) return
      // Decided from names alone, so the job's total is known before any size is looked up.
      const files = chosen.filter((file) => !(file instanceof File) || !isPassedOverInFolder(nameOf(file)))
      if (files.length > MAX_FILES_PER_IMPORT) {
        setSummary(null)
        setError(`${files.length.toLocaleString('en')} files were chosen; Gloss imports at most ${MAX_FILES_PER_IMPORT.toLocaleString('en')} at once`)
        return
      }
      if (files.length === 0) {
        // As the desktop's folder walk answers a folder holding nothing to import.
        setError(null)
        setSummary({ imported: 0, failures: [], duplicates: { ...NO_DUPLICATES }, cancelled: false })
        return
      }
      const pictures = picturesForPages(
        chosen.filter((file): file is File => file instanceof File),
        files.filter((file): file is File => file instanceof File),
        nameOf
      )
      await run(
        () => platform.call('import:start', { source: 'upload', total: files.length }),
        (jobId, stopped) => uploadFiles(jobId, files, stopped, pictures)
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
      if (!duplicates || resolving) return
      // The dialog closes at once, so a second click cannot store the same articles again.
      const pending = duplicates
      setDuplicates(null)
      setResolving(true)
      let applied = 0
      try {
        for (const [position, held] of pending.entries()) {
          const choice = choices[position] ?? 'skip'
          const article = held.found.article
          if (choice === 'keep-both') await storeImportedArticles([article])
          if (choice === 'replace') await replaceWithImported(held.existingId, article)
          applied++
        }
      } catch (caught) {
        setError(`Stopped after ${applied} of ${pending.length} duplicates: ${messageOf(caught)}`)
      } finally {
        const counts = countChoices(choices.slice(0, applied))
        setSummary((shown) => shown && { ...shown, imported: shown.imported + counts['keep-both'], duplicates: counts })
        setResolving(false)
      }
    },
    [duplicates, resolving]
  )

  const dismiss = useCallback(() => (setSummary(null), setError(null)), [])

  return {
    busy: progress !== null || duplicates !== null || resolving,
    progress,
    summary,
    duplicates,
    error,
    importFiles,
    importWithDialog,
    cancel,
    resolveDuplicates,
    dismiss
  }
}
