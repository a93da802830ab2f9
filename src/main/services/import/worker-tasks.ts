// The messages between the parse pool and its worker threads: one task each way and its reply.
import type { Block } from '../../../shared/model/document'
import type { ParseOutcome } from './parse-outcome'

/** Work for a worker: parse a file (read there when no bytes come), or read a web page's whole text. */
export type WorkerTask =
  { kind: 'parse'; path: string; bytes: Uint8Array | undefined; pictures?: ReadonlyMap<string, Uint8Array> | undefined } | { kind: 'page-text'; html: string }

/** A worker's answer to the task with the same id. */
export type WorkerReply = { id: number; outcome: ParseOutcome } | { id: number; blocks: Block[] } | { id: number; error: string }
