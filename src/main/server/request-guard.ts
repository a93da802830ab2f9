// Pure checks that make the loopback server safe to leave running: DNS-rebinding (Host),
// cross-site requests (Origin, content type) and callers without the per-launch secret.
import { timingSafeEqual } from 'node:crypto'
import { PARTS_CONTENT_TYPE } from '../../shared/ipc/binary-parts'

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost']

/** Whether a Host header names this server on loopback (defeats DNS rebinding). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false
  return LOOPBACK_NAMES.some((name) => host === `${name}:${port}`)
}

/** Whether an Origin header, when a browser sends one, is this server's own. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true
  return LOOPBACK_NAMES.some((name) => origin === `http://${name}:${port}`)
}

/** Compares the caller's bearer token with the secret in constant time. */
export function hasValidToken(authorization: string | undefined, secret: string): boolean {
  if (!authorization?.startsWith('Bearer ')) return false
  const given = Buffer.from(authorization.slice('Bearer '.length))
  const expected = Buffer.from(secret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The API body kinds, JSON or JSON with file parts: neither can be sent cross-site without a preflight. */
export function apiBodyKind(contentType: string | undefined): 'json' | 'parts' | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase()
  if (type === 'application/json') return 'json'
  if (type === PARTS_CONTENT_TYPE) return 'parts'
  return null
}

/** Headers every response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store'
}
