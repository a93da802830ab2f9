// Requests may carry files: bytes (Uint8Array), or a picked File (a Blob) that the browser can
// stream from disk without the page reading it. JSON carries neither, so the browser mode's
// transport sends such a request as one body: a line of JSON, in which each binary is a numbered
// placeholder and the parts' lengths are listed, then the parts back to back (a Blob of the line
// and the Files, when there are Files). Written by hand because the standard alternative,
// multipart form data, cost Chromium about a millisecond per File on the page's thread, more than
// parsing the file. Electron's IPC clones Uint8Array but not Blob: that transport reads Blobs first.

/** The content type of a request with parts; not one a cross-site form can send. */
export const PARTS_CONTENT_TYPE = 'application/x-gloss-parts'

/** The key of a placeholder object standing for the part with that number. */
export const PART_KEY = '$part'

const NEWLINE = 0x0a
// More parts than any request carries (the contract allows 500 files a request).
const MAX_PARTS = 1000

/** A file's content as a request may carry it. */
export type Binary = Uint8Array | Blob

export const isBinary = (value: unknown): value is Binary => value instanceof Uint8Array || (typeof Blob !== 'undefined' && value instanceof Blob)

/** Whether a JSON-shaped value holds any binary (without copying it). */
export function containsBinary(value: unknown): boolean {
  if (isBinary(value)) return true
  if (Array.isArray(value)) return value.some(containsBinary)
  return value !== null && typeof value === 'object' && Object.values(value).some(containsBinary)
}

/** Replaces every binary in a JSON-shaped value by a placeholder; returns the value and the parts in order. */
export function separateParts(value: unknown): { json: unknown; parts: Binary[] } {
  const parts: Binary[] = []
  const walk = (node: unknown): unknown => {
    if (isBinary(node)) return { [PART_KEY]: parts.push(node) - 1 }
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
export function restoreParts(json: unknown, parts: readonly Binary[]): unknown {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk)
    if (node === null || typeof node !== 'object') return node
    const part = (node as Record<string, unknown>)[PART_KEY]
    if (typeof part === 'number' && Object.keys(node).length === 1 && parts[part] !== undefined) return parts[part]
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]))
  }
  return walk(json)
}

/**
 * A request with binaries as one body: the JSON line (JSON.stringify never writes a raw newline),
 * then the parts; a Blob when some part is a Blob (a File the browser streams), else contiguous bytes.
 */
export function encodeWithParts(request: unknown): Blob | Uint8Array<ArrayBuffer> {
  const { json, parts } = separateParts(request)
  const line = `${JSON.stringify({ request: json, lengths: parts.map((part) => (part instanceof Uint8Array ? part.length : part.size)) })}\n`
  if (parts.some((part) => !(part instanceof Uint8Array)))
    return new Blob([line, ...parts.map((part) => (part instanceof Uint8Array ? (part as Uint8Array<ArrayBuffer>) : part))])
  const head = new TextEncoder().encode(line)
  const bytes = parts as Uint8Array[]
  const body = new Uint8Array(head.length + bytes.reduce((sum, part) => sum + part.length, 0))
  body.set(head)
  let offset = head.length
  for (const part of bytes) {
    body.set(part, offset)
    offset += part.length
  }
  return body
}

/** The value with every Blob read into bytes, for a transport that cannot carry Blobs. */
export async function readBlobs(value: unknown): Promise<unknown> {
  if (!containsBinary(value)) return value
  const { json, parts } = separateParts(value)
  return restoreParts(json, await Promise.all(parts.map(async (part) => (part instanceof Uint8Array ? part : new Uint8Array(await part.arrayBuffer())))))
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
