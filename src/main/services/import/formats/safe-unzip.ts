// Unzips an EPUB or DOCX without letting a zip bomb exhaust memory: sizes declared in the
// central directory are checked before anything is inflated, and fflate inflates each
// entry into a buffer of its declared size, so a lying entry is cut short, never grown.
import { unzipSync, type UnzipFileInfo } from 'fflate'
import { ImportError } from './import-error'
import { formatByteSize } from '../../../../shared/import/size-limits'

/** How far an archive may expand before we refuse it. */
export interface ZipLimits {
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalBytes: number
  maxEntries: number
  /** Largest uncompressed/compressed ratio for an entry bigger than ratioCheckFromBytes; deflate of real text stays far below. */
  maxCompressionRatio: number
  ratioCheckFromBytes: number
}

/** The limits used for e-books and Word documents. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
  maxCompressionRatio: 200,
  ratioCheckFromBytes: 1024 * 1024
}

/** What to unzip and how to describe the file in errors ("an EPUB e-book"). */
export interface UnzipRequest {
  path: string
  kindOfFile: string
  /** Which entries to inflate (by name and declared size); the others are only size-checked. */
  wanted: (entryName: string, declaredBytes: number) => boolean
  limits?: ZipLimits
}

/** Inflates the wanted entries of a zip archive, throwing ImportError for damaged or oversized archives. */
export function unzipSafely(bytes: Uint8Array, request: UnzipRequest): Map<string, Uint8Array> {
  const { path, kindOfFile, wanted } = request
  const limits = request.limits ?? DEFAULT_ZIP_LIMITS
  if (!startsLikeZip(bytes)) throw new ImportError(path, `is not ${kindOfFile} (it is not a zip archive)`)
  let entryCount = 0
  let declaredTotal = 0
  const checkEntry = (file: UnzipFileInfo): boolean => {
    entryCount++
    declaredTotal += file.originalSize
    if (entryCount > limits.maxEntries) throw new ImportError(path, `has more than ${limits.maxEntries} entries in its archive, too many for ${kindOfFile}`)
    if (declaredTotal > limits.maxTotalBytes) {
      throw new ImportError(path, `would expand to more than ${formatByteSize(limits.maxTotalBytes)} when unzipped, so it was not opened (possible zip bomb)`)
    }
    if (file.originalSize > limits.ratioCheckFromBytes && file.originalSize > limits.maxCompressionRatio * Math.max(file.size, 1)) {
      throw new ImportError(path, `contains an entry compressed more than ${limits.maxCompressionRatio}:1, so it was not opened (possible zip bomb)`)
    }
    return wanted(file.name, file.originalSize)
  }
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, { filter: checkEntry })
  } catch (error) {
    if (error instanceof ImportError) throw error
    throw new ImportError(path, `is damaged: its zip archive cannot be read (${describe(error)})`, { cause: error })
  }
  return new Map(Object.entries(files))
}

function startsLikeZip(bytes: Uint8Array): boolean {
  // A local file header, or the end-of-directory record of an empty archive.
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
