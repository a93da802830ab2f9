// Exercises the real server on loopback with real HTTP requests, as an attacker would try it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startBrowserServer, type RunningBrowserServer } from './browser-server'
import { createHandlers } from '../services/create-handlers'
import { createInProcessPool } from '../services/import/parse-pool'
import { encodeWithParts, PARTS_CONTENT_TYPE } from '../../shared/ipc/binary-parts'

let server: RunningBrowserServer

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const call = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${server.port}`, ...options.headers } },
      (response) => {
        let body = ''
        response.on('data', (chunk) => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }))
      }
    )
    call.on('error', reject)
    call.end(options.body)
  })
}

const api = (channel: string, payload: unknown, headers: Record<string, string> = {}): Promise<Reply> =>
  send(`/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.secret}`, ...headers },
    body: JSON.stringify(payload)
  })

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'gloss-renderer-'))
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Gloss</title>')
  server = await startBrowserServer({ rendererDir, handlers: createHandlers({ mode: 'browser', version: '9.9.9', pool: createInProcessPool() }) })
})

afterAll(() => server.close())

describe('browser-mode server', () => {
  it('listens on loopback only and prints an address carrying the secret', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.secret}`)
    expect(server.secret).toMatch(/^[0-9a-f]{64}$/)
  })

  it('serves the renderer with strict security headers', async () => {
    const reply = await send('/')
    expect(reply.status).toBe(200)
    expect(reply.body).toContain('<title>Gloss</title>')
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'")
    expect(reply.headers['x-frame-options']).toBe('DENY')
    expect(reply.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('answers a valid API call', async () => {
    const reply = await api('app:info', {})
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { mode: 'browser', version: '9.9.9' } })
  })

  it('imports uploaded files through the same import job as the desktop app', async () => {
    const text = 'Rivers and cities\n\nThe river runs through the old city and past the market where traders sell fish every morning.'
    const value = async (reply: Reply) => (JSON.parse(reply.body) as { ok: true; value: Record<string, unknown> }).value
    const { jobId } = (await value(await api('import:start', { source: 'upload', total: 1 }))) as { jobId: string }
    // As the page sends picked files: the JSON line, then the bytes.
    const added = await send('/api/import:add-files', {
      method: 'POST',
      headers: { 'Content-Type': PARTS_CONTENT_TYPE, Authorization: `Bearer ${server.secret}` },
      body: Buffer.from(encodeWithParts({ jobId, at: 0, files: [{ name: 'rivers.txt', bytes: new TextEncoder().encode(text) }] }) as Uint8Array)
    })
    expect(JSON.parse(added.body)).toEqual({ ok: true, value: {} })
    const results: { document: unknown }[] = []
    for (let finished = false; !finished;) {
      const poll = (await value(await api('import:poll', { jobId }))) as { finished: boolean; results: { document: unknown }[] }
      results.push(...poll.results)
      finished = poll.finished
    }
    expect(results.map((result) => result.document)).toMatchObject([{ status: 'ok', path: 'rivers.txt', title: 'Rivers and cities' }])
  })

  it('refuses calls without the secret, or with a wrong one', async () => {
    expect((await api('app:info', {}, { Authorization: '' })).status).toBe(401)
    expect((await api('app:info', {}, { Authorization: `Bearer ${'0'.repeat(64)}` })).status).toBe(401)
  })

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect((await api('app:info', {}, { Host: 'attacker.example:80' })).status).toBe(421)
    expect((await send('/', { headers: { Host: `evil.example:${server.port}` } })).status).toBe(421)
  })

  it('refuses a foreign Origin even with the secret', async () => {
    expect((await api('app:info', {}, { Origin: 'http://evil.example' })).status).toBe(403)
  })

  it('refuses bodies that are not JSON, since browsers send those cross-site without a preflight', async () => {
    const reply = await send('/api/app:info', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${server.secret}` },
      body: '{}'
    })
    expect(reply.status).toBe(415)
  })

  it('refuses a body whose parts do not add up', async () => {
    const reply = await send('/api/import:add-files', {
      method: 'POST',
      headers: { 'Content-Type': PARTS_CONTENT_TYPE, Authorization: `Bearer ${server.secret}` },
      body: `${JSON.stringify({ request: { jobId: 'j', files: [{ name: 'a.txt', bytes: { $part: 0 } }] }, lengths: [10] })}\nshort`
    })
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('refuses malformed payloads with a typed error', async () => {
    const reply = await api('import:add-files', { jobId: 'job', files: 'not a list' })
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    const broken = await send('/api/app:info', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.secret}` },
      body: '{oops'
    })
    expect(broken.status).toBe(400)
  })

  it('does not serve files outside the renderer folder', async () => {
    expect((await send('/../../etc/passwd')).status).toBe(404)
    expect((await send('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404)
  })

  it('refuses non-GET methods for static files', async () => {
    expect((await send('/', { method: 'DELETE' })).status).toBe(405)
  })
})
