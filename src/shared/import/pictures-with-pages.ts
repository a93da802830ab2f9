// Pictures chosen with a folder travel with its pages. Read from disk, a page finds the pictures
// saved beside it ("Save page as… complete", a note's attachments); uploaded, it cannot, so the
// page first sends the folder's pictures and the host hands each page those in its folder or
// below, of which it shows the ones it names. Bounded, so a folder of photos is not sent whole.
import { formatOfPath } from './file-formats'

/** Most picture bytes one import sends with its pages. */
export const MAX_PICTURES_WITH_PAGES_BYTES = 64 * 1024 * 1024
/** Most pictures one import sends with its pages. */
export const MAX_PICTURES_WITH_PAGES = 2000

const PICTURE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif'
}

/** The picture type a file name's extension says, or null for anything else. */
export function pictureTypeOf(name: string): string | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase()
  return (extension && PICTURE_TYPES[extension]) || null
}

/** Whether a page of this name may show pictures saved beside it: a web page or a note. */
export function mayNamePictures(path: string): boolean {
  const format = formatOfPath(path)
  return format === 'html' || format === 'md'
}

/** Whether a file found inside a chosen folder ("Notes/Page_files/a.png") is a picture a page there may show. */
export function isPictureInFolder(path: string): boolean {
  const segments = path.split('/')
  return segments.length >= 2 && !segments.slice(1).some((segment) => segment.startsWith('.')) && pictureTypeOf(path) !== null
}

/**
 * Where the picture a page names by the relative path `name` is among the chosen files
 * ("Notes/Page.html" naming "Page_files/a.png" → "Notes/Page_files/a.png"), or null when the
 * path would leave the page's folder: a page is shown what lies beside it or below, as from disk.
 */
export function pictureBesidePage(pagePath: string, name: string): string | null {
  const folder = pagePath.split('/').slice(0, -1)
  const parts: string[] = []
  for (const part of name.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.length === 0) return null
      parts.pop()
    } else parts.push(part)
  }
  return parts.length === 0 ? null : [...folder, ...parts].join('/')
}
