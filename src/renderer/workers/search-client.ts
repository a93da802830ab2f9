// The app's side of the search worker: one worker for the app's lifetime, fed with every change
// to searchable records (from the change feed) and asked for results by the search UI.
import { watchSearchableChanges } from '../db/search-change-feed'
import type { IndexStatus, SearchRequest, SearchResponse, SearchResults } from './search-protocol'

type Waiting = { resolve(value: never): void; reject(error: Error): void }

let worker: Worker | null = null
let nextId = 1
const waiting = new Map<number, Waiting>()
const listeners = new Set<() => void>()

function ensureWorker(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' })
  worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
    const response = event.data
    if (response.type === 'updated') return listeners.forEach((listener) => listener())
    const entry = waiting.get(response.id)
    if (!entry) return
    waiting.delete(response.id)
    if (response.type === 'error') entry.reject(new Error(response.message))
    else entry.resolve((response.type === 'results' ? response.results : response.status) as never)
  })
  watchSearchableChanges((articleIds) => post({ type: 'changed', articleIds }))
  return worker
}

function post(request: SearchRequest): void {
  ensureWorker().postMessage(request)
}

function ask<T>(request: SearchRequest & { id: number }): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    waiting.set(request.id, { resolve: resolve as (value: never) => void, reject })
    post(request)
  })
}

/** Starts the search worker (loading or building the index) and begins watching for changes. */
export function startSearchIndexing(): void {
  ensureWorker()
}

/** Searches the library. */
export function searchLibrary(query: string, limit = 20): Promise<SearchResults> {
  return ask<SearchResults>({ type: 'search', id: nextId++, query, limit })
}

/** The index's state. */
export function searchIndexStatus(): Promise<IndexStatus> {
  return ask<IndexStatus>({ type: 'status', id: nextId++ })
}

/** Calls `listener` whenever the index has taken in changes; returns an unsubscribe. */
export function onSearchIndexUpdated(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
