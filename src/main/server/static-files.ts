// Serves the built renderer from one folder, refusing anything that escapes it.
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8'
}

/** Resolves a URL path to a file inside root, or null when it would leave root. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const absoluteRoot = resolve(root)
  const candidate = resolve(absoluteRoot, normalize(relative))
  if (candidate !== absoluteRoot && !candidate.startsWith(absoluteRoot + sep)) return null
  return candidate
}

/** Reads a static file with its MIME type, or null when it does not exist. */
export async function loadStaticFile(root: string, urlPath: string): Promise<{ body: Buffer; mimeType: string } | null> {
  const path = resolveStaticPath(root, urlPath)
  if (!path) return null
  try {
    const info = await stat(path)
    const file = info.isDirectory() ? join(path, 'index.html') : path
    return { body: await readFile(file), mimeType: MIME_TYPES[extname(file)] ?? 'application/octet-stream' }
  } catch {
    return null
  }
}
