// A web page saved to disk with its pictures ("Save page as… complete") names them by paths
// relative to itself ("Harbour_files/quay.jpg"), and so does a note its attachments. Read from
// disk, the file may show them: each is read from the file's own folder or below it, never from
// elsewhere (a "../", an absolute or network path, a link that leads out are all refused before
// the disk is asked anything), only if it is a picture of a kept kind, and no larger than what
// the article may still hold. Each picture is read once, however often it is named.
import { readFileSync, realpathSync, statSync } from 'node:fs'
import { dirname, isAbsolute, resolve, sep } from 'node:path'
import { MAX_IMAGE_BYTES } from '../../../shared/model/images'
import { imageSrcOf, relativePicturePath } from './formats/image-data'
import { pictureBesidePage, pictureTypeOf } from '../../../shared/import/pictures-with-pages'

const inside = (path: string, folder: string): boolean => path.startsWith(folder.endsWith(sep) ? folder : folder + sep)

/** Reads the pictures a document on disk names by relative paths, as data addresses (null when refused or too large for `bytesLeft`). */
export function picturesBeside(documentPath: string): (src: string, bytesLeft: number) => string | null {
  const folder = dirname(resolve(documentPath))
  let realFolder: string | null = null
  const read = new Map<string, string | null>()
  return (src, bytesLeft) => {
    const name = relativePicturePath(src)
    const type = name === null ? null : pictureTypeOf(name)
    if (name === null || type === null || isAbsolute(name) || /^[\\/]/.test(name)) return null
    const target = resolve(folder, name)
    if (!inside(target, folder)) return null
    if (read.has(target)) return read.get(target)!
    let picture: string | null = null
    try {
      realFolder ??= realpathSync(folder)
      const real = realpathSync(target)
      const info = statSync(real)
      if (inside(real, realFolder) && info.isFile() && info.size <= Math.min(MAX_IMAGE_BYTES, bytesLeft)) picture = imageSrcOf(readFileSync(real), type)
    } catch {
      picture = null
    }
    read.set(target, picture)
    return picture
  }
}

/**
 * The same for an uploaded page: the pictures sent with it (see shared/import/pictures-with-pages),
 * by their path in its chosen folder; a name differing only in case finds its picture too, as on
 * the disks of Windows and macOS.
 */
export function picturesUploaded(pagePath: string, pictures: ReadonlyMap<string, Uint8Array>): (src: string, bytesLeft: number) => string | null {
  let byLowerCase: Map<string, Uint8Array> | null = null
  const find = (path: string): Uint8Array | undefined => {
    const exact = pictures.get(path)
    if (exact) return exact
    byLowerCase ??= new Map([...pictures].map(([name, bytes]) => [name.toLowerCase(), bytes]))
    return byLowerCase.get(path.toLowerCase())
  }
  return (src, bytesLeft) => {
    const name = relativePicturePath(src)
    const type = name === null ? null : pictureTypeOf(name)
    const path = name === null ? null : pictureBesidePage(pagePath, name)
    const bytes = path === null ? undefined : find(path)
    return type === null || bytes === undefined || bytes.byteLength > bytesLeft ? null : imageSrcOf(bytes, type)
  }
}
