// Which chosen files go with an upload as pictures for its pages (see shared/import/pictures-with-pages):
// the pictures inside the chosen folders, when a web page or note is among the files, up to the
// bounds (a folder of photos is not sent whole; pages whose pictures stay behind say so).
import { isPictureInFolder, mayNamePictures, MAX_PICTURES_WITH_PAGES, MAX_PICTURES_WITH_PAGES_BYTES } from '../../../../shared/import/pictures-with-pages'
import { MAX_IMAGE_BYTES } from '../../../../shared/model/images'

/** The pictures to send with `pages` from among the `chosen` files (named as `nameOf` says), in order. */
export function picturesForPages<T extends { size: number }>(chosen: readonly T[], pages: readonly T[], nameOf: (file: T) => string): T[] {
  if (!pages.some((page) => mayNamePictures(nameOf(page)))) return []
  const pictures: T[] = []
  let bytes = 0
  for (const file of chosen) {
    if (pictures.length >= MAX_PICTURES_WITH_PAGES) break
    if (!isPictureInFolder(nameOf(file))) continue
    // The size is looked up (synchronously, in Chromium) for pictures alone.
    const size = file.size
    if (size === 0 || size > MAX_IMAGE_BYTES) continue
    // Past the bounds, no more sizes are looked up: a folder of photos costs no more than this.
    if (bytes + size > MAX_PICTURES_WITH_PAGES_BYTES) break
    pictures.push(file)
    bytes += size
  }
  return pictures
}
