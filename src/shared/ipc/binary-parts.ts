// Requests may carry file bytes, which JSON cannot. The browser mode's transport sends such a
// request as one body: a line of JSON, in which each Uint8Array is a numbered placeholder and the
// parts' lengths are listed, then the parts back to back. Written by hand because the standard
// alternative, multipart form data, costs Chromium a blob registration per part (and a
// synchronous stat per picked File) on the page's thread, which for a thousand small files cost
// more than parsing them. Electron's IPC clones Uint8Array as it is and needs none of this.

/** The content type of a request with parts; not one a cross-site form can send. */
export const PARTS_CONTENT_TYPE = 'application/x-gloss-parts'

/** The key of a placeholder object standing for the part with that number. */
export const PART_KEY = '$part'

const NEWLINE = 0x0a
// More parts than any request carries (the contract allows 500 files a request).
const MAX_PARTS = 1000

const isBytes = (value: unknown): value is Uint8Array => value instanceof Uint8Array

/** Whether a JSON-shaped value holds any bytes (without copying it). */
export function containsBytes(value: unknown): boolean {
  if (isBytes(value)) return true
  if (Array.isArray(value)) return value.some(containsBytes)
  return value !== null && typeof value === 'object' && Object.values(value).some(containsBytes)
}

/** Replaces every Uint8Array in a JSON-shaped value by a placeholder; returns the value and the parts in order. */
export function separateParts(value: unknown): { json: unknown; parts: Uint8Array[] } {
  const parts: Uint8Array[] = []
  const walk = (node: unknown): unknown => {
    if (isBytes(node)) return { [PART_KEY]: parts.push(node) - 1 }
    if (Array.isArray(node)) return node.map(walk)
    if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]))
    return node
  }
  return { json: walk(value), parts }
}

/**
 * Puts the parts back where `separateParts` left placeholders; a placeholder without its part
 * stays (and fails validation). Only requests carrying file bytes use parts, and none of their
 * other fields is an object shaped like a placeholder.
 */
export function restoreParts(json: unknown, parts: readonly Uint8Array[]): unknown {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk)
    if (node === null || typeof node !== 'object') return node
    const part = (node as Record<string, unknown>)[PART_KEY]
    if (typeof part === 'number' && Object.keys(node).length === 1 && parts[part] !== undefined) return parts[part]
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]))
  }
  return walk(json)
}

/** A request with bytes as one body: the JSON line (JSON.stringify never writes a raw newline), then the parts. */
export function encodeWithParts(request: unknown): Uint8Array<ArrayBuffer> {
  const { json, parts } = separateParts(request)
  const head = new TextEncoder().encode(`${JSON.stringify({ request: json, lengths: parts.map((part) => part.length) })}\n`)
  const body = new Uint8Array(head.length + parts.reduce((sum, part) => sum + part.length, 0))
  body.set(head)
  let offset = head.length
  for (const part of parts) {
    body.set(part, offset)
    offset += part.length
  }
  return body
}

/** The request back from such a body, its parts as views into it; throws when the body does not add up. */
export function decodeWithParts(body: Uint8Array): unknown {
  const end = body.indexOf(NEWLINE)
  if (end < 0) throw new Error('No JSON line')
  const head = JSON.parse(new TextDecoder().decode(body.subarray(0, end))) as { request?: unknown; lengths?: unknown }
  const lengths = head.lengths
  if (!Array.isArray(lengths) || lengths.length > MAX_PARTS) throw new Error('Bad part lengths')
  const parts: Uint8Array[] = []
  let offset = end + 1
  for (const length of lengths as unknown[]) {
    // Checked before any view is made: a hostile list of lengths must cost nothing.
    if (!Number.isSafeInteger(length) || (length as number) < 0 || offset + (length as number) > body.length) throw new Error('Bad part lengths')
    parts.push(body.subarray(offset, offset + (length as number)))
    offset += length as number
  }
  if (offset !== body.length) throw new Error('The parts do not match the body')
  return restoreParts(head.request, parts)
}
