// The index as bytes, to persist it so start-up does not rebuild it: documents, then each term
// with its postings as variable-length integers (document-number gaps), dead documents dropped.
import { InvertedIndex, type IndexedDocument } from './inverted-index'
import type { SearchKind } from './search-document'

// Raised when the terms change meaning (2: raised and lowered digits fold to plain ones), so a
// saved index is rebuilt rather than read with terms the queries no longer produce.
const FORMAT_VERSION = 2
const KIND_CODES: readonly SearchKind[] = ['article', 'highlight', 'note']

class ByteWriter {
  private buffer = new Uint8Array(1 << 16)
  length = 0

  private reserve(count: number): void {
    if (this.length + count <= this.buffer.length) return
    const next = new Uint8Array(Math.max(this.buffer.length * 2, this.length + count))
    next.set(this.buffer.subarray(0, this.length))
    this.buffer = next
  }

  varint(value: number): void {
    this.reserve(5)
    while (value >= 0x80) {
      this.buffer[this.length++] = (value & 0x7f) | 0x80
      value >>>= 7
    }
    this.buffer[this.length++] = value
  }

  string(value: string): void {
    const bytes = encoder.encode(value)
    this.varint(bytes.length)
    this.reserve(bytes.length)
    this.buffer.set(bytes, this.length)
    this.length += bytes.length
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length)
  }
}

class ByteReader {
  position = 0
  constructor(private readonly buffer: Uint8Array) {}

  varint(): number {
    let value = 0
    let shift = 0
    for (;;) {
      const byte = this.buffer[this.position++]!
      value += (byte & 0x7f) * 2 ** shift
      if (byte < 0x80) return value
      shift += 7
    }
  }

  string(): string {
    const length = this.varint()
    const text = decoder.decode(this.buffer.subarray(this.position, this.position + length))
    this.position += length
    return text
  }
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** Serialises the live part of an index. */
export function serializeIndex(index: InvertedIndex): Uint8Array {
  const writer = new ByteWriter()
  writer.varint(FORMAT_VERSION)
  const renumber = new Int32Array(index.documents.length).fill(-1)
  const live = index.documents.flatMap((document, number) => (document ? [{ document, number }] : []))
  writer.varint(live.length)
  live.forEach(({ document, number }, position) => {
    renumber[number] = position
    writer.varint(KIND_CODES.indexOf(document.kind))
    writer.string(document.key)
    writer.string(document.articleId)
    writer.varint(document.length)
  })
  writer.varint(index.tagNames.size)
  for (const [folded, name] of index.tagNames) {
    writer.string(folded)
    writer.string(name)
  }
  const termList = [...index.postings].map(([term, list]) => {
    let count = 0
    for (let position = 0; position < list.length; position++) if (renumber[list.docs[position]!]! >= 0) count++
    return { term, list, count }
  })
  writer.varint(termList.filter((entry) => entry.count > 0).length)
  for (const { term, list, count } of termList) {
    if (count === 0) continue
    writer.string(term)
    writer.varint(count)
    let previous = 0
    for (let position = 0; position < list.length; position++) {
      const number = renumber[list.docs[position]!]!
      if (number < 0) continue
      writer.varint(number - previous)
      writer.varint(list.freqs[position]!)
      previous = number
    }
  }
  return writer.bytes()
}

/** Rebuilds an index from `serializeIndex`'s bytes; null when they are of another format version. */
export function deserializeIndex(bytes: Uint8Array): InvertedIndex | null {
  const reader = new ByteReader(bytes)
  if (reader.varint() !== FORMAT_VERSION) return null
  const index = new InvertedIndex()
  const documentCount = reader.varint()
  for (let position = 0; position < documentCount; position++) {
    const kind = KIND_CODES[reader.varint()]!
    const document: IndexedDocument = { kind, key: reader.string(), articleId: reader.string(), length: reader.varint() }
    index.insert(document, null)
  }
  const tagCount = reader.varint()
  for (let position = 0; position < tagCount; position++) index.tagNames.set(reader.string(), reader.string())
  const termCount = reader.varint()
  for (let position = 0; position < termCount; position++) {
    const term = reader.string()
    const count = reader.varint()
    let number = 0
    for (let entry = 0; entry < count; entry++) {
      number += reader.varint()
      index.post(term, number, reader.varint())
    }
  }
  return index
}
