// The upload loop against a recording host: chunks placed by `at`, every file sent once; a chunk
// that fails for an unreadable file, or that the server refuses, is retried file by file.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { IpcCallError } from '../../../shared/ipc/result'
import type { UploadedFile } from '../../../shared/ipc/contract'
import { MAX_CHUNK_BYTES, MAX_CHUNK_FILES } from './core/upload-chunks'
import { MAX_TEXT_FILE_BYTES } from '../../../shared/import/size-limits'

const calls: { at: number | undefined; files: UploadedFile[] }[] = []
let refuseLargerThan = Infinity
const unreadableFiles = new Set<File>()

const sizeOf = (entry: UploadedFile): number => ('bytes' in entry ? (entry.bytes instanceof Blob ? entry.bytes.size : entry.bytes.length) : 0)

vi.mock('../../platform', () => ({
  platform: {
    call: async (channel: string, request: { at?: number; files: UploadedFile[] }) => {
      expect(channel).toBe('import:add-files')
      // As fetch does when the browser cannot read a File it streams: the whole request fails.
      if (request.files.some((entry) => 'bytes' in entry && unreadableFiles.has(entry.bytes as File))) throw new TypeError('Failed to fetch')
      if (request.files.reduce((sum, entry) => sum + sizeOf(entry), 0) > refuseLargerThan) throw new IpcCallError('invalid-request', 'Request too large')
      calls.push({ at: request.at, files: request.files })
      return {}
    }
  }
}))

const { uploadFiles } = await import('./upload-files')

const file = (name: string, size = 10): File => new File([new Uint8Array(size).fill(97)], name)
const unreadable = (name: string): File => {
  const broken = file(name)
  broken.slice = () => ({ arrayBuffer: () => Promise.reject(new Error('NotFoundError: the file was moved')) }) as unknown as Blob
  unreadableFiles.add(broken)
  return broken
}
const describeEntry = (entry: UploadedFile): string => ('error' in entry ? entry.error : entry.name)

beforeEach(() => {
  calls.length = 0
  refuseLargerThan = Infinity
  unreadableFiles.clear()
})

describe('uploadFiles', () => {
  it('sends every file once, as itself, in chunks placed where they were chosen', async () => {
    const files = Array.from({ length: MAX_CHUNK_FILES * 2 + 3 }, (_, index) => file(`f${index}.txt`))
    await uploadFiles('job', files, () => false)
    expect(calls.map((call) => [call.at, call.files.length])).toEqual([
      [0, MAX_CHUNK_FILES],
      [MAX_CHUNK_FILES, MAX_CHUNK_FILES],
      [MAX_CHUNK_FILES * 2, 3]
    ])
    expect(calls.flatMap((call) => call.files.map((entry) => ('bytes' in entry ? entry.bytes : null)))).toEqual(files)
  })

  it('cuts chunks by bytes', async () => {
    const big = MAX_CHUNK_BYTES / 2 + 1
    await uploadFiles('job', [file('a.txt', big), file('b.txt', big), file('c.txt', 5)], () => false)
    expect(calls.map((call) => call.files.map((entry) => entry.name))).toEqual([['a.txt'], ['b.txt', 'c.txt']])
  })

  it('sends an unreadable file as its reason, in its place, and the rest of its chunk as files', async () => {
    await uploadFiles('job', [file('a.txt'), unreadable('gone.txt'), file('c.txt')], () => false)
    expect(calls.map((call) => [call.at, call.files.map(describeEntry)])).toEqual([
      [0, ['a.txt']],
      [1, ['"gone.txt" could not be read (NotFoundError: the file was moved)']],
      [2, ['c.txt']]
    ])
  })

  it('retries a refused chunk file by file, so only the file too large fails', async () => {
    refuseLargerThan = 1000
    await uploadFiles('job', [file('a.txt'), file('huge.pdf', 5000), file('c.txt')], () => false)
    expect(calls.map((call) => [call.at, call.files.map(describeEntry)])).toEqual([
      [0, ['a.txt']],
      [1, ['"huge.pdf" was refused: Request too large']],
      [2, ['c.txt']]
    ])
  })

  it('keeps a refusal within the contract whatever the name', async () => {
    refuseLargerThan = 1000
    await uploadFiles('job', [file(`${'a'.repeat(5000)}.pdf`, 5000)], () => false)
    const [entry] = calls[0]!.files
    expect(entry!.name.length).toBeLessThanOrEqual(4096)
    expect('error' in entry! && entry.error.length).toBeLessThanOrEqual(2000)
  })

  it('sends a file of another type as the service’s refusal, in its place and without its bytes', async () => {
    await uploadFiles('job', [file('a.txt'), file('talk.mp4', 5000), file('c.txt')], () => false)
    expect(calls.map((call) => [call.at, call.files.map(describeEntry)])).toEqual([
      [0, ['a.txt', expect.stringMatching(/^"talk\.mp4" has an unsupported file type \(\.mp4\)/), 'c.txt']]
    ])
    expect(calls[0]!.files.filter((entry) => 'bytes' in entry)).toHaveLength(2)
  })

  it('sends a file over its format’s limit as the refusal, and does not count its bytes against the chunk', async () => {
    const huge = file('big.txt')
    Object.defineProperty(huge, 'size', { value: MAX_TEXT_FILE_BYTES + 1 })
    await uploadFiles('job', [file('a.txt'), huge, file('c.txt')], () => false)
    expect(calls.map((call) => call.files.map(describeEntry))).toEqual([['a.txt', expect.stringMatching(/^"big\.txt" is too large to import/), 'c.txt']])
  })

  it('stops with the error when a request fails though its files are readable (the server gone)', async () => {
    const failing = file('b.txt')
    unreadableFiles.add(failing)
    await expect(uploadFiles('job', [failing], () => false)).rejects.toThrow('Failed to fetch')
  })

  it('stops sending once stopped', async () => {
    await uploadFiles(
      'job',
      Array.from({ length: MAX_CHUNK_FILES * 3 }, (_, index) => file(`f${index}.txt`)),
      () => calls.length >= 1
    )
    expect(calls).toHaveLength(1)
  })
})
