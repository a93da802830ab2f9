// How big an input may be before we refuse it. Text formats are decoded into JS strings
// (two bytes per character) and copied several times by cleaning and rendering, so a
// 50 MB text file already costs a few hundred MB; nothing that large is an article.
// Containers (pdf, epub, docx) hold images and fonts, so their byte limit is higher,
// and what a zip may expand to is capped separately (the import service's safe-unzip).
import type { SourceFormat } from '../model/document'

const MB = 1024 * 1024

/** Largest .txt/.md/.html file we import, in bytes. */
export const MAX_TEXT_FILE_BYTES = 50 * MB

/** Largest .pdf/.epub/.docx file we import, in bytes. */
export const MAX_CONTAINER_FILE_BYTES = 200 * MB

/** The byte limit for a file of this format, so callers can check a file's size before reading it. */
export function maxBytesForFormat(format: SourceFormat): number {
  return format === 'pdf' || format === 'epub' || format === 'docx' ? MAX_CONTAINER_FILE_BYTES : MAX_TEXT_FILE_BYTES
}

/** A size in bytes as a short human string ("50 MB"). */
export function formatByteSize(bytes: number): string {
  if (bytes >= MB) return `${Math.round(bytes / MB)} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} bytes`
}

/** Why a file too large for its format is refused, phrased to follow its name. */
export function tooLargeReason(size: number, format: SourceFormat): string {
  return `is too large to import (${formatByteSize(size)}; the limit for .${format} files is ${formatByteSize(maxBytesForFormat(format))})`
}

/** The sentence refusing a file too large for its format; `name` is how the file is named to the user. */
export function tooLargeMessage(name: string, size: number, format: SourceFormat): string {
  return `"${name}" ${tooLargeReason(size, format)}`
}
