// A web page saved to disk with its pictures ("Save page as… complete") names them by paths
// relative to itself ("Harbour_files/quay.jpg"). Read from disk, the page may show them: each
// is read from the page's own folder or below it, never from elsewhere (a "../" or a link that
// leads out is refused), and only if it is a picture of a kept kind and size.
import { readFileSync, realpathSync, statSync } from 'node:fs'
import { dirname, resolve, sep } from 'node:path'
import { MAX_IMAGE_BYTES } from '../../../shared/model/images'
import { imageSrcOf, pictureTypeOf, relativePicturePath } from './formats/image-data'

/** Reads the pictures a document on disk names by relative paths, as data addresses (null when refused). */
export function picturesBeside(documentPath: string): (src: string) => string | null {
  let folder: string | null = null
  return (src) => {
    const name = relativePicturePath(src)
    const type = name === null ? null : pictureTypeOf(name)
    if (name === null || type === null) return null
    try {
      folder ??= realpathSync(dirname(resolve(documentPath)))
      const target = realpathSync(resolve(folder, name))
      if (!target.startsWith(folder + sep)) return null
      const info = statSync(target)
      if (!info.isFile() || info.size > MAX_IMAGE_BYTES) return null
      return imageSrcOf(readFileSync(target), type)
    } catch {
      return null
    }
  }
}
