// Turns the bytes of a text file into a string whatever its encoding: files saved on old
// Windows machines or by other tools must read as the author wrote them, and a binary
// file renamed .txt must be refused rather than imported as garbage.
import chardet from 'chardet'
import iconv from 'iconv-lite'
import { ImportError } from './import-error'

/** The decoded text, the encoding it was read as, and anything the user should know. */
export interface DecodedText {
  text: string
  encoding: string
  warnings: string[]
}

/** Options for decodeText. */
export interface DecodeOptions {
  /** An encoding the file declares for itself (an HTML <meta charset>), tried after BOMs and valid UTF-8. */
  declaredEncoding?: string | null
}

// Enough bytes to judge binary-ness and encoding without scanning a 50 MB file twice.
const SAMPLE_BYTES = 64 * 1024
const MAX_CONTROL_CHAR_RATIO = 0.05
const REPLACEMENT_CHAR = '\uFFFD'

/** Decodes a text file's bytes, refusing empty and binary files with an ImportError. */
export function decodeText(bytes: Uint8Array, path: string, options: DecodeOptions = {}): DecodedText {
  if (bytes.length === 0) throw new ImportError(path, 'is empty')
  const decoded = decodeByBomOrContent(bytes, path, options.declaredEncoding ?? null)
  if (decoded.text.trim() === '') throw new ImportError(path, 'is empty (it contains only white space)')
  return decoded
}

function decodeByBomOrContent(bytes: Uint8Array, path: string, declared: string | null): DecodedText {
  const bom = encodingFromBom(bytes)
  if (bom) return decodeWith(bytes.subarray(bom.length), bom.encoding)

  const sample = bytes.subarray(0, SAMPLE_BYTES)
  const utf16 = utf16WithoutBom(sample)
  if (utf16) return decodeWith(bytes, utf16)
  // A known kind of file says so even when it looks like text (a PDF with uncompressed streams).
  const known = knownBinaryKind(sample)
  if (known !== null || looksBinary(sample)) throw new ImportError(path, known ?? 'looks like a binary file, not text')

  const utf8 = strictUtf8(bytes)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', warnings: [] }

  const declaredUsable = declared && iconv.encodingExists(declared) ? declared : null
  if (declaredUsable) return decodeWith(bytes, declaredUsable)
  // A UTF-8 file with a few damaged bytes should lose those bytes, not every accent.
  if (mostlyUtf8(sample)) return decodeWith(bytes, 'utf-8')
  return decodeWith(bytes, guessLegacyEncoding(sample))
}

function encodingFromBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [b0, b1, b2, b3] = bytes
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 }
  // UTF-32 LE's BOM starts like UTF-16 LE's, so it must be tested first.
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { encoding: 'utf-32le', length: 4 }
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { encoding: 'utf-32be', length: 4 }
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

// Mostly-ASCII UTF-16 without a BOM has a zero in every other byte; binary files have
// zeros too, but not in such a regular pattern.
function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(sample.length / 2)
  if (pairs < 2) return null
  let zeroEven = 0
  let zeroOdd = 0
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) zeroEven++
    if (sample[i + 1] === 0) zeroOdd++
  }
  if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.02) return 'utf-16le'
  if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.02) return 'utf-16be'
  return null
}

// Binary formats are full of zero bytes; a scraped text may carry a stray one or two, which
// cleaning then drops and records like any other control character.
const MAX_ZERO_BYTES_IN_TEXT = 2

function looksBinary(sample: Uint8Array): boolean {
  let controlChars = 0
  let zeroBytes = 0
  for (let index = 0; index < sample.length; index++) {
    const byte = sample[index]!
    if (byte === 0 && ++zeroBytes > MAX_ZERO_BYTES_IN_TEXT) return true
    if (isUnexpectedControlByte(byte)) controlChars++
  }
  return controlChars > sample.length * MAX_CONTROL_CHAR_RATIO
}

// Tab, line feed, vertical tab, form feed, carriage return and escape (ANSI colours) occur in real text.
function isUnexpectedControlByte(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

function mostlyUtf8(sample: Uint8Array): boolean {
  let validSequences = 0
  let invalidBytes = 0
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i] ?? 0
    if (byte < 0x80) continue
    const length = byte >= 0xf0 && byte < 0xf5 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte < 0xe0 ? 2 : 0
    let valid = length > 0 && i + length <= sample.length
    for (let k = 1; valid && k < length; k++) valid = ((sample[i + k] ?? 0) & 0xc0) === 0x80
    if (valid) {
      validSequences++
      i += length - 1
    } else {
      invalidBytes++
    }
  }
  return validSequences > 0 && validSequences >= invalidBytes
}

function guessLegacyEncoding(sample: Uint8Array): string {
  const guess = chardet.detect(sample)
  if (!guess || !iconv.encodingExists(guess)) return 'windows-1252'
  // Browsers read ISO-8859-1 as its superset Windows-1252 (WHATWG Encoding), which
  // also decodes the curly quotes and dashes that such files really contain.
  if (/^(iso-8859-1|latin1|ascii|us-ascii)$/i.test(guess)) return 'windows-1252'
  return guess.toLowerCase()
}

function decodeWith(bytes: Uint8Array, encoding: string): DecodedText {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false })
  const replaced = countReplacementChars(text)
  const warnings =
    replaced > 0
      ? [
          `${replaced} ${replaced === 1 ? 'character' : 'characters'} could not be decoded as ${encoding} and ${replaced === 1 ? 'was' : 'were'} replaced with ${REPLACEMENT_CHAR}`
        ]
      : []
  return { text, encoding, warnings }
}

function countReplacementChars(text: string): number {
  let count = 0
  for (let i = text.indexOf(REPLACEMENT_CHAR); i !== -1; i = text.indexOf(REPLACEMENT_CHAR, i + 1)) count++
  return count
}

// The kinds of file most often saved or renamed by mistake, by their opening bytes, so the message
// says what the file is and, where Gloss reads that kind, what to do. Written by hand: the usual
// package (file-type) ships only as an ES module and reads streams; these few signatures are all
// the message needs.
const code = (character: string): number => character.charCodeAt(0)
const SIGNATURES: readonly { bytes: readonly number[]; at?: number; reason: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], reason: 'is a PNG image, not text' },
  { bytes: [0xff, 0xd8, 0xff], reason: 'is a JPEG image, not text' },
  { bytes: [0x47, 0x49, 0x46, 0x38], reason: 'is a GIF image, not text' },
  { bytes: [0x57, 0x45, 0x42, 0x50], at: 8, reason: 'is a WebP image, not text' },
  { bytes: [0x25, 0x50, 0x44, 0x46], reason: 'is a PDF, not text: rename it to .pdf to import it' },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    reason: 'is a ZIP archive (perhaps a Word file or an e-book), not text: give it its own extension (.docx, .epub) to import it'
  },
  { bytes: [0x1f, 0x8b], reason: 'is a compressed (gzip) file, not text: unpack it first' },
  // An ISO media file names its brand after "ftyp": HEIC and AVIF photos (a phone's), else video or audio.
  { bytes: [...'ftypheic'].map(code), at: 4, reason: 'is a HEIC photo, not text' },
  { bytes: [...'ftypheix'].map(code), at: 4, reason: 'is a HEIC photo, not text' },
  { bytes: [...'ftypmif1'].map(code), at: 4, reason: 'is a HEIC photo, not text' },
  { bytes: [...'ftypavif'].map(code), at: 4, reason: 'is an AVIF image, not text' },
  { bytes: [...'ftyp'].map(code), at: 4, reason: 'is a video or audio file, not text' }
]

function knownBinaryKind(sample: Uint8Array): string | null {
  return SIGNATURES.find(({ bytes, at = 0 }) => bytes.every((byte, index) => sample[at + index] === byte))?.reason ?? null
}
