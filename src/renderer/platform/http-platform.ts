// The browser mode's host: the same contract over HTTP to the loopback server, carrying the
// per-launch secret that the server printed in the address's fragment (with, for a server that
// answers the import dialog itself, a flag saying so).
import { IpcCallError, type Result } from '../../shared/ipc/result'
import { containsBinary, encodeWithParts, PARTS_CONTENT_TYPE } from '../../shared/ipc/binary-parts'
import { unwrap } from './electron-platform'
import type { Platform } from './platform'
import { HOST_OPEN_DIALOG_PARAMETER, TOKEN_PARAMETER } from '../../shared/ipc/launch-parameters'

const TOKEN_KEY = 'gloss.session-token'
const OPEN_DIALOG_KEY = 'gloss.host-open-dialog'

/** What the server said in the address: taken once, kept for this tab, and removed from the address bar. */
export interface LaunchParameters {
  token: string | null
  hostOpenDialog: boolean
}

/** Takes the token (`#token=…`) and the open-dialog flag from the fragment. */
export function takeLaunchParameters(): LaunchParameters {
  const hash = window.location.hash.replace(/^#/, '')
  const route = hash.startsWith('/') ? (hash.split('&')[0] ?? '') : ''
  const parameters = new URLSearchParams(route ? hash.slice(route.length) : hash)
  const token = parameters.get(TOKEN_PARAMETER)
  if (token && /^[0-9a-f]+$/.test(token)) {
    sessionStorage.setItem(TOKEN_KEY, token)
    const [flag, value] = HOST_OPEN_DIALOG_PARAMETER.split('=')
    if (parameters.get(flag ?? '') === value) sessionStorage.setItem(OPEN_DIALOG_KEY, 'yes')
    else sessionStorage.removeItem(OPEN_DIALOG_KEY)
    history.replaceState(null, '', window.location.pathname + (route ? `#${route}` : '#/'))
  }
  return { token: sessionStorage.getItem(TOKEN_KEY), hostOpenDialog: sessionStorage.getItem(OPEN_DIALOG_KEY) === 'yes' }
}

/** JSON, with the file parts after it when the request carries files. */
function encodeRequest(request: unknown): { body: string | Blob | Uint8Array<ArrayBuffer>; headers: Record<string, string> } {
  if (containsBinary(request)) return { body: encodeWithParts(request), headers: { 'Content-Type': PARTS_CONTENT_TYPE } }
  return { body: JSON.stringify(request), headers: { 'Content-Type': 'application/json' } }
}

/** A Platform over fetch to `/api/<channel>`. */
export function createHttpPlatform({ token, hostOpenDialog }: LaunchParameters): Platform {
  return {
    mode: 'browser',
    hasImportDialog: hostOpenDialog,
    hasNativeDialogs: false,
    async call(channel, request) {
      if (!token) throw new IpcCallError('forbidden', 'This page was opened without its session token; open the address Gloss printed')
      const { body, headers } = encodeRequest(request)
      let response: Response
      try {
        response = await fetch(`/api/${channel}`, { method: 'POST', body, headers: { ...headers, Authorization: `Bearer ${token}` } })
      } catch (caught) {
        // fetch says only "Failed to fetch": the server stopped, or a file on its way could not be read.
        throw new IpcCallError(
          'unreachable',
          `Could not reach the Gloss server; is it still running? (${caught instanceof Error ? caught.message : String(caught)})`
        )
      }
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
