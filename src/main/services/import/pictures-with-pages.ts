// The pictures an upload import carries for its pages (see shared/import/pictures-with-pages):
// kept by their path in the chosen folder, and given to each uploaded page that names them.
import { MAX_ARTICLE_IMAGE_BYTES, MAX_IMAGE_BYTES } from '../../../shared/model/images'
import {
  isPictureInFolder,
  mayNamePictures,
  MAX_PICTURES_WITH_PAGES,
  MAX_PICTURES_WITH_PAGES_BYTES,
  pictureTypeOf
} from '../../../shared/import/pictures-with-pages'
import type { ImportInput } from './import-files'

/** Pictures by their path in the chosen folder, bounded in number and bytes. */
export class PicturesWithPages {
  private readonly byPath = new Map<string, Uint8Array>()
  private readonly pathsByName = new Map<string, string[]>()
  private bytes = 0

  /** Keeps a picture, unless it is no picture in a folder, too large, or past the bounds. */
  add(path: string, bytes: Uint8Array): void {
    if (!isPictureInFolder(path) || bytes.byteLength === 0 || bytes.byteLength > MAX_IMAGE_BYTES || this.byPath.has(path)) return
    if (this.byPath.size >= MAX_PICTURES_WITH_PAGES || this.bytes + bytes.byteLength > MAX_PICTURES_WITH_PAGES_BYTES) return
    this.byPath.set(path, bytes)
    this.bytes += bytes.byteLength
    const name = path.slice(path.lastIndexOf('/') + 1)
    this.pathsByName.set(name, [...(this.pathsByName.get(name) ?? []), path])
  }

  /** The input with the pictures it names in its folder or below, when it is an uploaded page. */
  givenTo(input: ImportInput): ImportInput {
    if (this.byPath.size === 0 || !('bytes' in input) || !mayNamePictures(input.name)) return input
    const folder = input.name.slice(0, input.name.lastIndexOf('/') + 1)
    const given = new Map<string, Uint8Array>()
    let bytes = 0
    for (const name of namedPictures(new TextDecoder().decode(input.bytes))) {
      for (const path of this.pathsByName.get(name) ?? []) {
        const picture = this.byPath.get(path)!
        // What one article may hold: no page is handed more than it could keep.
        if (!path.startsWith(folder) || given.has(path) || bytes + picture.byteLength > MAX_ARTICLE_IMAGE_BYTES) continue
        given.set(path, picture)
        bytes += picture.byteLength
      }
    }
    return given.size === 0 ? input : { ...input, pictures: given }
  }

  /** Lets every picture go (the import was cancelled). */
  clear(): void {
    this.byPath.clear()
    this.pathsByName.clear()
    this.bytes = 0
  }
}

// The file names of pictures a page's text mentions, as written and percent-decoded: the last
// segment of each address ("Harbour_files/quay.png", "my%20photo.png", "![[quay.png]]"). Cheaper
// than comparing every kept picture's name with every page, and more than enough: the page's
// reader later takes only the pictures its markup really shows.
function namedPictures(text: string): Set<string> {
  const names = new Set<string>()
  for (const segment of text.split(/[\\/"'()<>[\]|=\r\n\t?#]/)) {
    const name = segment.trim()
    if (pictureTypeOf(name) === null) continue
    names.add(name)
    try {
      names.add(decodeURIComponent(name))
    } catch {
      // A stray "%" is no escape; the name as written is enough.
    }
  }
  return names
}
