// The pictures one article may keep: those it holds as data addresses or can read beside its
// file, up to a budget the article's documents (a book's chapters) share, with a count of those
// that could be shown but were not, for the article's warnings.
import type { Block } from '../../../../shared/model/document'
import { imageBytes, keepableImageSrc, MAX_ALT_LENGTH, MAX_ARTICLE_IMAGE_BYTES } from '../../../../shared/model/images'
import { pictureTypeOf } from '../../../../shared/import/pictures-with-pages'
import { relativePicturePath } from './image-data'

// Smaller pictures are tracking pixels, spacers and lazy-loading placeholders.
const MIN_PICTURE_BYTES = 200

/** Pictures of one article: how to read one the markup names by path, and the bytes still allowed. */
export interface PictureSource {
  /** A data address for the picture at `src` (relative to the document) of at most `bytesLeft` bytes, or null. */
  resolve?: (src: string, bytesLeft: number) => string | null
  bytesLeft: number
  /** Pictures that could be shown but were not kept: past the budget, or in a table's cells. */
  leftOut: number
}

/**
 * The image block for a picture at `given` with its alternative text, taken from the article's
 * budget, or null when it is not kept (counted as left out when it could have been shown:
 * saved beside the file but unreadable, past the budget, or where no picture may stand).
 */
export function takePicture(pictures: PictureSource, given: string, alt: string, mayStand = true): Block | null {
  // `alt` comes with its white space already collapsed, as the reader of its markup does it.
  // Once the budget is spent, nothing more is read.
  const src = keepableImageSrc(given) ?? (pictures.bytesLeft >= MIN_PICTURE_BYTES ? pictures.resolve?.(given, pictures.bytesLeft) : null) ?? null
  // A picture saved beside the file that could not be read (the file was uploaded, not read
  // from disk, or the picture is missing) is reported; one on the web is simply not fetched.
  if (src === null) {
    const besideTheFile = relativePicturePath(given)
    if (besideTheFile !== null && pictureTypeOf(besideTheFile) !== null) pictures.leftOut++
    return null
  }
  const bytes = imageBytes(src)
  if (bytes < MIN_PICTURE_BYTES) return null
  if (!mayStand || bytes > pictures.bytesLeft) {
    pictures.leftOut++
    return null
  }
  pictures.bytesLeft -= bytes
  return { kind: 'image', text: '', image: { src, alt: alt.slice(0, MAX_ALT_LENGTH) } }
}

/** The warning for pictures that could not be kept, if any. */
export function picturesLeftOut(count: number): string[] {
  return count > 0
    ? [
        `${count} picture(s) left out: saved beside the file but not read with it (import the file from disk rather than upload it), a kind the reader cannot show, too large, in a table, or past the article's 24 MB of pictures`
      ]
    : []
}

/** A picture budget for one article, resolving nothing but data addresses. */
export function newPictureBudget(resolve?: (src: string, bytesLeft: number) => string | null): PictureSource {
  return { resolve, bytesLeft: MAX_ARTICLE_IMAGE_BYTES, leftOut: 0 }
}
