import { describe, expect, it } from 'vitest'
import { chunkFiles } from './upload-chunks'

const bySize = (file: { size: number }): number => file.size
const files = (...sizes: number[]) => sizes.map((size, index) => ({ name: `f${index}`, size }))

describe('chunkFiles', () => {
  it('bounds each chunk by file count', () => {
    expect([...chunkFiles(files(1, 1, 1, 1, 1), bySize, 2, 100)].map((chunk) => chunk.length)).toEqual([2, 2, 1])
  })

  it('bounds each chunk by bytes, and sends an oversized file alone', () => {
    expect([...chunkFiles(files(40, 40, 40, 500, 10), bySize, 10, 100)].map((chunk) => chunk.map((file) => file.size))).toEqual([[40, 40], [40], [500], [10]])
  })

  it('keeps every file, in order', () => {
    const input = files(...Array.from({ length: 123 }, (_, index) => index))
    expect([...chunkFiles(input, bySize, 7, 300)].flat()).toEqual(input)
  })

  it('looks at a file only when its chunk is being cut', () => {
    let looked = 0
    const counted = Array.from({ length: 100 }, () => ({
      get size() {
        looked++
        return 1
      }
    }))
    const chunks = chunkFiles(counted, bySize, 10, 1000)
    chunks.next()
    expect(looked).toBe(11)
  })
})
