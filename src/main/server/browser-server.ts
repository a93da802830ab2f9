// The browser mode: the same renderer and the same main-process services, over HTTP on loopback.
// Treated as an attack surface: loopback only, a fresh secret per launch, strict headers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import type { Handlers } from '../../shared/ipc/contract'
import { failure } from '../../shared/ipc/result'
import { invokeChannel } from '../ipc/gateway'
import { apiBodyKind, hasValidToken, isAllowedHost, isAllowedOrigin, SECURITY_HEADERS } from './request-guard'
import { decodeWithParts } from '../../shared/ipc/binary-parts'
import { loadStaticFile } from './static-files'

export interface BrowserServerOptions {
  rendererDir: string
  handlers: Handlers
  /** 0 picks a free port. */
  port?: number
  /** Largest accepted request body; imports send file bytes, so it is generous but bounded. */
  maxBodyBytes?: number
  secret?: string
}

export interface RunningBrowserServer {
  /** The address to open, carrying the secret in the fragment (never sent over the wire by browsers). */
  url: string
  port: number
  secret: string
  close(): Promise<void>
}

const API_PREFIX = '/api/'

/** Starts the loopback server and resolves once it listens. */
export async function startBrowserServer(options: BrowserServerOptions): Promise<RunningBrowserServer> {
  const secret = options.secret ?? randomBytes(32).toString('hex')
  const maxBodyBytes = options.maxBodyBytes ?? 512 * 1024 * 1024
  let port = 0
  const server: Server = createServer((request, response) => {
    handleRequest(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error')
      console.error('gloss server:', error)
    })
  })

  async function handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHost(request.headers.host, port)) return send(response, 421, 'text/plain; charset=utf-8', 'Unknown host')
    if (!isAllowedOrigin(request.headers.origin, port)) return send(response, 403, 'text/plain; charset=utf-8', 'Foreign origin')
    const url = request.url ?? '/'
    if (url.startsWith(API_PREFIX)) return handleApi(request, response, url.slice(API_PREFIX.length))
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed')
    const file = await loadStaticFile(options.rendererDir, url)
    if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found')
    send(response, 200, file.mimeType, file.body)
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed')
    if (!hasValidToken(request.headers.authorization, secret)) {
      return sendJson(response, 401, failure('forbidden', 'Missing or wrong session token'))
    }
    const kind = apiBodyKind(request.headers['content-type'])
    if (!kind) return sendJson(response, 415, failure('invalid-request', 'Expected application/json'))
    const body = await readBody(request, maxBodyBytes)
    if (body === null) return sendJson(response, 413, failure('invalid-request', 'Request too large'))
    let payload: unknown
    try {
      payload = kind === 'json' ? JSON.parse(body.toString('utf8')) : decodeWithParts(body)
    } catch {
      return sendJson(response, 400, failure('invalid-request', 'Body is not valid JSON, or its parts do not add up'))
    }
    sendJson(response, 200, await invokeChannel(options.handlers, decodeURIComponent(channel), payload))
  }

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/#token=${secret}`,
    port,
    secret,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose()))
  }
}

function send(response: ServerResponse, status: number, mimeType: string, body: string | Buffer): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': mimeType })
  response.end(body)
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value))
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolveBody, rejectBody) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        tooLarge = true
        chunks.length = 0
        return
      }
      if (!tooLarge) chunks.push(chunk)
    })
    request.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks)))
    request.on('error', rejectBody)
  })
}
