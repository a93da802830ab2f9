// The pictures an upload import carries for its pages (see shared/import/pictures-with-pages):
// kept by their path in the chosen folder, each copied out of its request body into shared
// memory, so the body is let go and handing a page's pictures to a worker thread copies nothing.
// A page is given every picture in its folder or below; its reader takes the ones it shows.
import { MAX_IMAGE_BYTES } from '../../../shared/model/images'
import { isPictureInFolder, mayNamePictures, MAX_PICTURES_WITH_PAGES, MAX_PICTURES_WITH_PAGES_BYTES } from '../../../shared/import/pictures-with-pages'
import type { ImportInput } from './import-files'

/** Pictures by their path in the chosen folder, bounded in number and bytes. */
export class PicturesWithPages {
  private readonly byPath = new Map<string, Uint8Array>()
  // Handed to pages that may still wait for a worker: emptied with the rest on cancel, so a
  // cancelled import's pictures are let go at once, not when its last page is parsed.
  private readonly handedOut = new Set<Map<string, Uint8Array>>()
  private bytes = 0

  /** Keeps a picture, unless it is no picture in a folder, too large, or past the bounds. */
  add(path: string, bytes: Uint8Array): void {
    if (!isPictureInFolder(path) || bytes.byteLength === 0 || bytes.byteLength > MAX_IMAGE_BYTES || this.byPath.has(path)) return
    if (this.byPath.size >= MAX_PICTURES_WITH_PAGES || this.bytes + bytes.byteLength > MAX_PICTURES_WITH_PAGES_BYTES) return
    const kept = new Uint8Array(new SharedArrayBuffer(bytes.byteLength))
    kept.set(bytes)
    this.byPath.set(path, kept)
    this.bytes += bytes.byteLength
  }

  /** The input with the pictures in its folder or below, when it is an uploaded page that may show them. */
  givenTo(input: ImportInput): ImportInput {
    if (this.byPath.size === 0 || !('bytes' in input) || !mayNamePictures(input.name)) return input
    const folder = input.name.slice(0, input.name.lastIndexOf('/') + 1)
    const given = new Map([...this.byPath].filter(([path]) => path.startsWith(folder)))
    if (given.size === 0) return input
    this.handedOut.add(given)
    return { ...input, pictures: given }
  }

  /** Lets every picture go (the import was cancelled). */
  clear(): void {
    this.byPath.clear()
    for (const given of this.handedOut) given.clear()
    this.handedOut.clear()
    this.bytes = 0
  }
}
