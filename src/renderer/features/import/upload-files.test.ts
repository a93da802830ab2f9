// The upload loop against a recording host: chunks cut by count and bytes read, each placed by
// `at`, an unreadable file sent as its reason, and a chunk the server refuses retried file by file.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { IpcCallError } from '../../../shared/ipc/result'
import type { UploadedFile } from '../../../shared/ipc/contract'

const calls: { at: number | undefined; files: UploadedFile[] }[] = []
let refuseLargerThan = Infinity

vi.mock('../../platform', () => ({
  platform: {
    call: async (channel: string, request: { at?: number; files: UploadedFile[] }) => {
      expect(channel).toBe('import:add-files')
      const bytes = request.files.reduce((sum, file) => sum + ('bytes' in file ? file.bytes.length : 0), 0)
      if (bytes > refuseLargerThan) throw new IpcCallError('invalid-request', 'Request too large')
      calls.push({ at: request.at, files: request.files })
      return {}
    }
  }
}))

const { uploadFiles, MAX_CHUNK_FILES, MAX_CHUNK_BYTES } = await import('./upload-files')

const file = (name: string, size = 10): File => new File([new Uint8Array(size).fill(97)], name)
const unreadable = (name: string): File => {
  const broken = file(name)
  broken.arrayBuffer = () => Promise.reject(new Error('NotFoundError: the file was moved'))
  return broken
}

beforeEach(() => {
  calls.length = 0
  refuseLargerThan = Infinity
})

describe('uploadFiles', () => {
  it('sends every file once, in chunks placed where they were chosen', async () => {
    const files = Array.from({ length: MAX_CHUNK_FILES * 2 + 3 }, (_, index) => file(`f${index}.txt`))
    await uploadFiles('job', files, () => false)
    expect(calls.map((call) => [call.at, call.files.length])).toEqual([
      [0, MAX_CHUNK_FILES],
      [MAX_CHUNK_FILES, MAX_CHUNK_FILES],
      [MAX_CHUNK_FILES * 2, 3]
    ])
    expect(calls.flatMap((call) => call.files.map((entry) => entry.name))).toEqual(files.map((chosen) => chosen.name))
  })

  it('cuts a chunk once it holds enough bytes', async () => {
    const big = MAX_CHUNK_BYTES / 2 + 1
    await uploadFiles('job', [file('a', big), file('b', big), file('c', 5)], () => false)
    expect(calls.map((call) => call.files.map((entry) => entry.name))).toEqual([['a', 'b'], ['c']])
  })

  it('sends an unreadable file as its reason, in its place', async () => {
    await uploadFiles('job', [file('a'), unreadable('gone.txt'), file('c')], () => false)
    expect(calls).toHaveLength(1)
    expect(calls[0]!.files[1]).toEqual({ name: 'gone.txt', error: '"gone.txt" could not be read (NotFoundError: the file was moved)' })
  })

  it('retries a refused chunk file by file, so only the file too large fails', async () => {
    refuseLargerThan = 1000
    await uploadFiles('job', [file('a'), file('huge.pdf', 5000), file('c')], () => false)
    expect(calls.map((call) => [call.at, call.files.map((entry) => ('error' in entry ? entry.error : entry.name))])).toEqual([
      [0, ['a']],
      [1, ['"huge.pdf" was refused: Request too large']],
      [2, ['c']]
    ])
  })

  it('stops sending once stopped', async () => {
    await uploadFiles(
      'job',
      Array.from({ length: MAX_CHUNK_FILES * 3 }, (_, index) => file(`f${index}`)),
      () => calls.length >= 1
    )
    expect(calls).toHaveLength(1)
  })

  it('reads ahead while files are small, and one at a time once a large one turns up', async () => {
    let reading = 0
    let most = 0
    const counted = (name: string, size: number): File => {
      const chosen = file(name, size)
      const read = chosen.arrayBuffer.bind(chosen)
      chosen.arrayBuffer = async () => {
        most = Math.max(most, ++reading)
        await new Promise((resolve) => setTimeout(resolve, 1))
        reading--
        return read()
      }
      return chosen
    }
    await uploadFiles(
      'job',
      Array.from({ length: 30 }, (_, index) => counted(`s${index}`, 10)),
      () => false
    )
    expect(most).toBeGreaterThan(4)
    most = 0
    await uploadFiles(
      'job',
      [counted('big-1', 2 * 1024 * 1024), ...Array.from({ length: 10 }, (_, index) => counted(`big-${index + 2}`, 2 * 1024 * 1024))],
      () => false
    )
    expect(most).toBe(1)
  })

  it('keeps a refusal within the contract whatever the name', async () => {
    refuseLargerThan = 1000
    const longName = `${'a'.repeat(5000)}.pdf`
    await uploadFiles('job', [file(longName, 5000)], () => false)
    const [entry] = calls[0]!.files
    expect(entry!.name.length).toBeLessThanOrEqual(4096)
    expect('error' in entry! && entry.error.length).toBeLessThanOrEqual(2000)
  })
})
