// Import from the UI: picked or dropped files (uploaded to the import service) or, in the
// desktop app, the native dialog; then each parsed article is stored.
import { useCallback, useState } from 'react'
import { platform, readFilesForUpload } from '../../platform'
import { addParsedArticles } from '../../db/articles-repository'
import type { ParsedDocument } from '../../../shared/model/document'

export interface ImportSummary {
  imported: number
  failures: { path: string; error: string }[]
  duplicates: { path: string; duplicateOf: string }[]
}

/** Summarises a batch for the user. */
export function summarizeImport(documents: readonly ParsedDocument[]): ImportSummary {
  const summary: ImportSummary = { imported: 0, failures: [], duplicates: [] }
  for (const document of documents) {
    if (document.status === 'error') summary.failures.push({ path: document.path, error: document.error })
    else {
      summary.imported += 1
      if (document.duplicateOf) summary.duplicates.push({ path: document.path, duplicateOf: document.duplicateOf })
    }
  }
  return summary
}

/** State and actions of the import flow. */
export function useImport(): {
  busy: boolean
  summary: ImportSummary | null
  error: string | null
  importFiles(files: readonly File[]): Promise<void>
  importWithDialog(folders: boolean): Promise<void>
  dismiss(): void
} {
  const [busy, setBusy] = useState(false)
  const [summary, setSummary] = useState<ImportSummary | null>(null)
  const [error, setError] = useState<string | null>(null)

  const store = useCallback(async (documents: ParsedDocument[]) => {
    await addParsedArticles(documents.filter((document) => document.status === 'ok'))
    setSummary(summarizeImport(documents))
  }, [])

  const run = useCallback(async (work: () => Promise<ParsedDocument[]>) => {
    setBusy(true)
    setError(null)
    try {
      const documents = await work()
      if (documents.length > 0) await store(documents)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }, [store])

  const importFiles = useCallback(
    (files: readonly File[]) =>
      run(async () => {
        if (files.length === 0) return []
        const uploads = await readFilesForUpload(files)
        return (await platform.call('import:parse-files', { files: uploads })).documents
      }),
    [run]
  )

  const importWithDialog = useCallback(
    (folders: boolean) => run(async () => (await platform.call('import:choose-and-parse', { folders })).documents),
    [run]
  )

  return { busy, summary, error, importFiles, importWithDialog, dismiss: () => (setSummary(null), setError(null)) }
}
