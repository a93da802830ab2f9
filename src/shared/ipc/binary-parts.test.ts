import { describe, expect, it } from 'vitest'
import { containsBinary, decodeWithParts, encodeWithParts, PART_KEY, readBlobs, restoreParts, separateParts } from './binary-parts'

describe('requests with file parts', () => {
  const first = new Uint8Array([1, 2, 3, 0x0a, 255])
  const second = new TextEncoder().encode('Tiếng Việt\n')
  const request = {
    jobId: 'j',
    at: 4,
    files: [
      { name: 'a', bytes: first },
      { name: 'b', error: 'unreadable' },
      { name: 'c\nd', bytes: second }
    ]
  }

  it('replaces bytes by numbered placeholders and puts them back', () => {
    const { json, parts } = separateParts(request)
    expect(json).toEqual({
      jobId: 'j',
      at: 4,
      files: [
        { name: 'a', bytes: { [PART_KEY]: 0 } },
        { name: 'b', error: 'unreadable' },
        { name: 'c\nd', bytes: { [PART_KEY]: 1 } }
      ]
    })
    expect(parts).toEqual([first, second])
    const restored = restoreParts(JSON.parse(JSON.stringify(json)), parts) as typeof request
    expect(restored.files[0]).toEqual({ name: 'a', bytes: first })
  })

  it('leaves a placeholder without its part as it is, for validation to refuse', () => {
    expect(restoreParts({ bytes: { [PART_KEY]: 3 } }, [first])).toEqual({ bytes: { [PART_KEY]: 3 } })
  })

  it('tells whether a value carries bytes', () => {
    expect(containsBinary(request)).toBe(true)
    expect(containsBinary({ jobId: 'j', files: [], nested: [{ text: 'x' }] })).toBe(false)
  })

  it('round-trips a request through one body, newlines in names and bytes included', () => {
    const decoded = decodeWithParts(encodeWithParts(request) as Uint8Array) as typeof request
    expect(decoded.jobId).toBe('j')
    expect(decoded.files[1]).toEqual({ name: 'b', error: 'unreadable' })
    expect(decoded.files[2]!.name).toBe('c\nd')
    expect([...(decoded.files[0] as { bytes: Uint8Array }).bytes]).toEqual([...first])
    expect(new TextDecoder().decode((decoded.files[2] as { bytes: Uint8Array }).bytes)).toBe('Tiếng Việt\n')
  })

  it('refuses a body whose parts do not add up', () => {
    const body = encodeWithParts(request) as Uint8Array
    expect(() => decodeWithParts(body.subarray(0, body.length - 1))).toThrow(/lengths/)
    expect(() => decodeWithParts(new Uint8Array([...body, 7]))).toThrow(/do not match/)
    expect(() => decodeWithParts(new TextEncoder().encode('{"request":{},"lengths":[-1]}\n'))).toThrow(/lengths/)
    expect(() => decodeWithParts(new TextEncoder().encode('no newline'))).toThrow()
    // A long list of lengths is refused before any part is cut, and one reaching past the body too.
    const many = new TextEncoder().encode(`${JSON.stringify({ request: {}, lengths: new Array(1_000_001).fill(0) })}\n`)
    expect(() => decodeWithParts(many)).toThrow(/lengths/)
    expect(() => decodeWithParts(new TextEncoder().encode('{"request":{},"lengths":[5,1e15]}\nabcde'))).toThrow(/lengths/)
  })

  it('sends Files as a Blob body the browser streams, decoded the same on the server', async () => {
    const file = new Blob(['Tiếng Việt\n'])
    const body = encodeWithParts({
      jobId: 'j',
      files: [
        { name: 'a', bytes: first },
        { name: 'f', bytes: file }
      ]
    })
    expect(body).toBeInstanceOf(Blob)
    const decoded = decodeWithParts(new Uint8Array(await (body as Blob).arrayBuffer())) as { files: { bytes: Uint8Array }[] }
    expect([...decoded.files[0]!.bytes]).toEqual([...first])
    expect(new TextDecoder().decode(decoded.files[1]!.bytes)).toBe('Tiếng Việt\n')
  })

  it('reads Blobs into bytes for a transport that cannot carry them', async () => {
    const read = (await readBlobs({
      files: [
        { name: 'f', bytes: new Blob(['hi']) },
        { name: 'b', bytes: first }
      ]
    })) as { files: { bytes: Uint8Array }[] }
    expect(new TextDecoder().decode(read.files[0]!.bytes)).toBe('hi')
    expect(read.files[1]!.bytes).toBe(first)
  })
})
