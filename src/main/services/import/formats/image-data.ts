// A picture read from inside a file (a Word document, a book) as the data address an image block keeps.
import { keepableImageSrc, MAX_IMAGE_BYTES } from '../../../../shared/model/images'

/** Where a relative picture address leads from a document's folder (POSIX paths), or null for an address with a scheme, an absolute path or bad escapes. */
export function relativePicturePath(src: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || src.startsWith('\\')) return null
  try {
    return decodeURIComponent(src.split(/[?#]/)[0]!)
  } catch {
    return null
  }
}

/** A data address for a picture's bytes, or null when its type or size is not kept. */
export function imageSrcOf(bytes: Uint8Array, contentType: string): string | null {
  if (bytes.byteLength === 0 || bytes.byteLength > MAX_IMAGE_BYTES) return null
  return keepableImageSrc(`data:${contentType};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`)
}
