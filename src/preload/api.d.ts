// The type of `window.gloss`, derived from the contract so nothing is typed twice.
import type { Channel } from '../shared/ipc/channels'
import type { RequestOf, ResponseOf } from '../shared/ipc/contract'
import type { Result } from '../shared/ipc/result'

export type GlossBridge = { [C in Channel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>> }

declare global {
  interface Window {
    gloss?: GlossBridge
  }
}
