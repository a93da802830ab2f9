// A picture an article's file held (a page saved with its images inline, a Word file's figures),
// kept inside the article as a data address: offline, with nothing fetched from anywhere. Only
// raster formats are kept; an SVG may carry script.
import { z } from 'zod'

/** Largest picture kept, in bytes; a larger one is reported as left out. */
export const MAX_IMAGE_BYTES = 4 * 1024 * 1024
/** Most picture bytes kept for one article. */
export const MAX_ARTICLE_IMAGE_BYTES = 24 * 1024 * 1024
/** Longest alternative text kept. */
export const MAX_ALT_LENGTH = 2000

// A data address's base64 is four characters for every three bytes, plus its header.
const MAX_SRC_LENGTH = Math.ceil(MAX_IMAGE_BYTES / 3) * 4 + 64

/** An image block's picture: a base64 data address of a raster image, and its alternative text. */
export const InlineImageSchema = z.object({ src: z.string().max(MAX_SRC_LENGTH), alt: z.string().max(MAX_ALT_LENGTH) })
export type InlineImage = z.infer<typeof InlineImageSchema>

const RASTER_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif'])
const DATA_ADDRESS = /^data:(image\/[a-z+.-]+);base64,([A-Za-z0-9+/\s]*={0,2})$/i

/** The picture's data address as kept (white space out of its base64, type lower-cased), or null when it is no raster image of a keepable size. */
export function keepableImageSrc(src: string): string | null {
  // Base64 may be wrapped in lines, but not padded out to many times its size.
  if (src.length > MAX_SRC_LENGTH * 1.5) return null
  const match = DATA_ADDRESS.exec(src.trim())
  if (!match) return null
  const type = match[1]!.toLowerCase().replace('image/jpg', 'image/jpeg')
  const data = match[2]!.replace(/\s+/g, '')
  if (!RASTER_TYPES.has(type) || data.length === 0 || data.length % 4 !== 0 || data.length > MAX_SRC_LENGTH - 64) return null
  return `data:${type};base64,${data}`
}

const KEPT_PREFIX = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,/

/**
 * Whether a stored picture may be shown: a kept raster data address of a keepable size. Checked
 * on every read, so only its head and length are (its base64 was checked when it was kept; at
 * worst a damaged one shows as a broken picture).
 */
export function isKeptImageSrc(src: string): boolean {
  return src.length <= MAX_SRC_LENGTH && KEPT_PREFIX.test(src)
}

/** How a picture that was left out is recorded, by what it showed ("[Image: The quay]"). */
export function describeImage(image: InlineImage | undefined): string {
  return `[Image${image?.alt ? `: ${image.alt}` : ''}]`
}

/** How many bytes a kept picture holds. */
export function imageBytes(src: string): number {
  const data = src.slice(src.indexOf(',') + 1)
  return Math.floor((data.length * 3) / 4) - (data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0)
}
