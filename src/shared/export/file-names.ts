// Article titles become file names on Windows, macOS, Linux and inside vaults synced between
// them, so names must be legal everywhere, short enough for deep paths, and never collide.

// eslint-disable-next-line no-control-regex -- control characters are exactly what file names must not contain.
const RESERVED_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g
const WINDOWS_RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i
const encoder = new TextEncoder()

/** Default limit for the name part (without extension), in UTF-8 bytes. */
export const MAX_FILE_NAME_BYTES = 100

/** Turns a title into a portable file name stem (no extension); never empty. */
export function sanitizeFileName(title: string, maxBytes = MAX_FILE_NAME_BYTES, fallback = 'Untitled'): string {
  let name = title
    .normalize('NFC')
    .replace(RESERVED_CHARACTERS, ' ')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    // A replaced character before punctuation ("Title: x" → "Title , x") leaves a stray space.
    .replace(/ ([,;.!])/g, '$1')
    .trim()
  name = truncateUtf8(name, maxBytes)
    .replace(/[. ]+$/, '')
    .replace(/^[. ]+/, '')
  if (name === '') name = fallback
  if (WINDOWS_RESERVED_NAMES.test(name)) name = `${name}_`
  return name
}

/** Cuts a string to at most `maxBytes` UTF-8 bytes without splitting a code point. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (encoder.encode(text).length <= maxBytes) return text
  let bytes = 0
  let result = ''
  for (const char of text) {
    const size = encoder.encode(char).length
    if (bytes + size > maxBytes) break
    bytes += size
    result += char
  }
  return result
}

/** Returns a function that hands out file names unique case-insensitively, adding ` (2)`, ` (3)`… */
export function createUniqueFileNamer(maxBytes = MAX_FILE_NAME_BYTES): (title: string, extension: string) => string {
  const taken = new Set<string>()
  // Remembers where numbering stopped for each name, so many equal titles stay linear.
  const nextNumber = new Map<string, number>()
  return (title, extension) => {
    const stem = sanitizeFileName(title, maxBytes)
    const stemKey = `${stem}.${extension}`.toLowerCase()
    for (let n = nextNumber.get(stemKey) ?? 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`
      // The suffix must fit inside the byte limit too, so the stem shrinks to make room.
      const base = n === 1 ? stem : sanitizeFileName(stem, maxBytes - encoder.encode(suffix).length)
      const candidate = `${base}${suffix}.${extension}`
      const key = candidate.toLowerCase()
      if (!taken.has(key)) {
        taken.add(key)
        nextNumber.set(stemKey, n + 1)
        return candidate
      }
    }
  }
}

/** The name of a single-file export, dated in UTC so it does not depend on the machine's zone. */
export function singleExportFileName(exportedAt: Date, extension: string): string {
  return `Gloss export ${exportedAt.toISOString().slice(0, 10)}.${extension}`
}
