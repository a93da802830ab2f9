// The browser mode's host: the same contract over HTTP to the loopback server, carrying the
// per-launch secret that the server printed in the address's fragment.
import { IpcCallError, type Result } from '../../shared/ipc/result'
import { containsBytes, encodeWithParts, PARTS_CONTENT_TYPE } from '../../shared/ipc/binary-parts'
import { unwrap } from './electron-platform'
import type { Platform } from './platform'

const TOKEN_KEY = 'gloss.session-token'

/** Takes the token from `#token=…` once, keeps it for this tab, and removes it from the address bar. */
export function takeSessionToken(): string | null {
  const match = /[#&]token=([0-9a-f]+)/.exec(window.location.hash)
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1])
    const rest = window.location.hash.replace(/[#&]?token=[0-9a-f]+/, '')
    history.replaceState(null, '', window.location.pathname + (rest && rest !== '#' ? rest : '#/'))
  }
  return sessionStorage.getItem(TOKEN_KEY)
}

/** JSON, with the file parts after it when the request carries bytes. */
function encodeRequest(request: unknown): { body: string | Uint8Array<ArrayBuffer>; headers: Record<string, string> } {
  if (containsBytes(request)) return { body: encodeWithParts(request), headers: { 'Content-Type': PARTS_CONTENT_TYPE } }
  return { body: JSON.stringify(request), headers: { 'Content-Type': 'application/json' } }
}

/** A Platform over fetch to `/api/<channel>`. */
export function createHttpPlatform(token: string | null): Platform {
  return {
    mode: 'browser',
    hasNativeDialogs: false,
    async call(channel, request) {
      if (!token) throw new IpcCallError('forbidden', 'This page was opened without its session token; open the address Gloss printed')
      const { body, headers } = encodeRequest(request)
      const response = await fetch(`/api/${channel}`, { method: 'POST', body, headers: { ...headers, Authorization: `Bearer ${token}` } })
      let result: Result<never>
      try {
        result = (await response.json()) as Result<never>
      } catch {
        throw new IpcCallError('failed', `The Gloss server answered ${response.status}`)
      }
      return unwrap(result)
    }
  }
}
