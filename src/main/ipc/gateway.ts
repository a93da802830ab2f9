// The one door into main-process services: every call, from Electron IPC or the browser-mode
// server, is checked against the contract on the way in and on the way out.
import type { Channel } from '../../shared/ipc/channels'
import { isChannel } from '../../shared/ipc/channels'
import { contract, type Handlers } from '../../shared/ipc/contract'
import { failure, type Result } from '../../shared/ipc/result'

/** Validates a raw call, runs its handler and validates the answer; never throws. */
export async function invokeChannel(handlers: Handlers, channel: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return failure('unknown-channel', `Unknown channel: ${String(channel).slice(0, 80)}`)
  const parsed = contract[channel].request.safeParse(payload)
  if (!parsed.success) {
    return failure('invalid-request', `Invalid request for ${channel}: ${summarizeIssues(parsed.error.issues)}`)
  }
  let value: unknown
  try {
    value = await (handlers[channel] as (request: unknown) => Promise<unknown>)(parsed.data)
  } catch (error) {
    return failure('failed', error instanceof Error ? error.message : String(error))
  }
  const checked = contract[channel as Channel].response.safeParse(value)
  if (!checked.success) {
    return failure('invalid-response', `Invalid response from ${channel}: ${summarizeIssues(checked.error.issues)}`)
  }
  return { ok: true, value: checked.data }
}

function summarizeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ')
}
