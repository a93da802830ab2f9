// A growable posting list in typed arrays: the documents containing one term, in insertion order
// (so ascending document numbers), with how often the term occurs in each.

/** The documents a term occurs in, with weighted term frequencies. */
export class Postings {
  docs: Uint32Array
  freqs: Uint16Array
  length = 0

  constructor(capacity = 4) {
    this.docs = new Uint32Array(capacity)
    this.freqs = new Uint16Array(capacity)
  }

  /** Appends a document (numbers only grow, so the list stays sorted). */
  push(doc: number, freq: number): void {
    if (this.length === this.docs.length) {
      const docs = new Uint32Array(this.length * 2)
      const freqs = new Uint16Array(this.length * 2)
      docs.set(this.docs)
      freqs.set(this.freqs)
      this.docs = docs
      this.freqs = freqs
    }
    this.docs[this.length] = doc
    this.freqs[this.length] = Math.min(freq, 0xffff)
    this.length += 1
  }
}
