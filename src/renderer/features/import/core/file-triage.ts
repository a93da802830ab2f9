// What the page decides about a chosen file from its name and size alone, before sending it, by
// the rules the import service applies to files on disk: inside a chosen or dropped folder, hidden
// entries and files of other types are passed over (as the desktop's folder walk does), and a file
// the service would refuse for its type or size is answered here instead of being uploaded to be
// refused (a dropped folder's videos would otherwise cross to the server byte by byte).
import { baseName, formatOfPath, unsupportedTypeReason } from '../../../../shared/import/file-formats'
import { maxBytesForFormat, tooLargeMessage } from '../../../../shared/import/size-limits'

/**
 * Whether a file found inside a chosen or dropped folder is passed over. `path` is the file's path
 * from the chosen folder, that folder included ("Notes/drafts/a.txt"); a file chosen by itself has
 * no folder in its path and is never passed over.
 */
export function isPassedOverInFolder(path: string): boolean {
  const segments = path.split('/')
  if (segments.length < 2) return false
  return segments.slice(1).some((segment) => segment.startsWith('.')) || formatOfPath(path) === null
}

/** Why the service would refuse the file without reading it, or null when it is worth sending. */
export function refusalBeforeSending(path: string, size: number): string | null {
  const name = baseName(path)
  const format = formatOfPath(path)
  if (format === null) return `"${name}" ${unsupportedTypeReason(path)}`
  return size > maxBytesForFormat(format) ? tooLargeMessage(name, size, format) : null
}
