// The search worker: keeps the index off the UI thread. Messages in, results out (search-protocol).
import { SearchEngine } from './search-engine'
import type { SearchRequest, SearchResponse } from './search-protocol'

const engine = new SearchEngine()
const reply = (message: SearchResponse): void => self.postMessage(message)

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data
  if (request.type === 'changed') {
    void engine.changed(request.articleIds).then(() => reply({ type: 'updated' }))
    return
  }
  const answer =
    request.type === 'search'
      ? engine.search(request.query, request.limit).then((results) => ({ type: 'results' as const, id: request.id, results }))
      : engine.status().then((status) => ({ type: 'status' as const, id: request.id, status }))
  answer.then(reply, (error: unknown) => reply({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) }))
})
void engine.start()
