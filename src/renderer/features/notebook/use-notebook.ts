// Every highlight in the library, live, for the notebook.
import { useLiveQuery } from 'dexie-react-hooks'
import { loadNotebookEntries } from '../../db/search-notebook-repository'
import type { NotebookEntry } from '../../../shared/search/notebook'

/** All highlights with their articles' facts; undefined while loading. */
export function useNotebookEntries(): NotebookEntry[] | undefined {
  return useLiveQuery(loadNotebookEntries, [])
}
