// A picture read from inside a file (a Word document, a book) as the data address an image block keeps.
import { keepableImageSrc, MAX_IMAGE_BYTES } from '../../../../shared/model/images'

/** A data address for a picture's bytes, or null when its type or size is not kept. */
export function imageSrcOf(bytes: Uint8Array, contentType: string): string | null {
  if (bytes.byteLength === 0 || bytes.byteLength > MAX_IMAGE_BYTES) return null
  return keepableImageSrc(`data:${contentType};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`)
}
