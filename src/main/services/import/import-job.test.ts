// The import job over real fixture bytes: results arrive by polling, a bad file is one error
// among the results, and a cancel keeps what finished and drops the rest.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createImportJob } from './import-job'
import { PicturesWithPages } from './pictures-with-pages'
import { MAX_IMAGE_BYTES } from '../../../shared/model/images'
import { MAX_PICTURES_WITH_PAGES, MAX_PICTURES_WITH_PAGES_BYTES } from '../../../shared/import/pictures-with-pages'
import { createInProcessPool, type ParsePool } from './parse-pool'

const FIXTURES = resolve(__dirname, '../../../../e2e/fixtures')
const fixture = (name: string) => ({ name, bytes: readFileSync(resolve(FIXTURES, name)) })

async function drain(job: ReturnType<typeof createImportJob>) {
  const results = []
  for (;;) {
    const progress = await job.take(20)
    results.push(...progress.results)
    if (progress.finished) return { results, last: progress }
  }
}

describe('createImportJob', () => {
  it('answers every file, good or bad, with signatures for the good ones', async () => {
    const job = createImportJob(createInProcessPool(), 3)
    job.add([fixture('003_746bf8a0f9856691.txt'), fixture('bad/empty.txt')])
    job.add([fixture('formats/orchard-report.docx')])
    const { results, last } = await drain(job)
    expect(last).toMatchObject({ total: 3, done: 3, finished: true, cancelled: false, current: null })
    const byPath = new Map(results.map((result) => [result.document.path, result]))
    expect(byPath.get('bad/empty.txt')).toEqual({ document: { status: 'error', path: 'bad/empty.txt', error: '"empty.txt" is empty' }, signature: null })
    expect(byPath.get('003_746bf8a0f9856691.txt')?.signature).toHaveLength(129)
    expect(byPath.get('formats/orchard-report.docx')?.document).toMatchObject({ status: 'ok', title: 'The Orchard Report' })
    expect(job.drained).toBe(true)
  })

  it('waits for files still to come before finishing', async () => {
    const job = createImportJob(createInProcessPool(), 2)
    job.add([fixture('003_746bf8a0f9856691.txt')])
    const first = await job.take(200)
    expect(first).toMatchObject({ done: 1, total: 2, finished: false })
    job.add([fixture('004_47686e53b8b82f22.txt')])
    expect((await drain(job)).last).toMatchObject({ done: 2, finished: true })
  })

  it('gathers a batch of results before answering, but answers at once when the job finishes', async () => {
    const job = createImportJob(createInProcessPool(), 4)
    job.add([fixture('003_746bf8a0f9856691.txt'), fixture('004_47686e53b8b82f22.txt'), fixture('000_145f68dcc3970373.txt')])
    const batch = await job.take(10_000, 3)
    expect(batch.results).toHaveLength(3)
    expect(batch.finished).toBe(false)
    job.add([fixture('001_651b314454ef5de5.txt')])
    const started = Date.now()
    const last = await job.take(10_000, 3)
    expect(last).toMatchObject({ finished: true, done: 4 })
    expect(last.results).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('hands results over in the order the files were given, whichever finishes first', async () => {
    const inner = createInProcessPool()
    // The first file takes longest.
    const pool: ParsePool = {
      parse: async (path, bytes) => {
        if (path.startsWith('004')) await new Promise((resolveDelay) => setTimeout(resolveDelay, 100))
        return inner.parse(path, bytes)
      },
      pageText: inner.pageText,
      close: async () => {}
    }
    const job = createImportJob(pool, 3)
    job.add([fixture('004_47686e53b8b82f22.txt'), fixture('003_746bf8a0f9856691.txt'), fixture('000_145f68dcc3970373.txt')])
    const { results } = await drain(job)
    expect(results.map((result) => result.document.path)).toEqual(['004_47686e53b8b82f22.txt', '003_746bf8a0f9856691.txt', '000_145f68dcc3970373.txt'])
  })

  it('on cancel keeps the results that finished and parses nothing more', async () => {
    let started = 0
    const release: Array<() => void> = []
    const inner = createInProcessPool()
    // A pool that holds each parse until released, so the test decides what finishes before the cancel.
    const pool: ParsePool = {
      parse: (path, bytes) => {
        started++
        return new Promise((resolveParse) => release.push(() => void inner.parse(path, bytes).then(resolveParse)))
      },
      pageText: inner.pageText,
      close: async () => {}
    }
    const job = createImportJob(pool, 10, 2)
    job.add(Array.from({ length: 10 }, () => fixture('003_746bf8a0f9856691.txt')))
    expect(started).toBe(2)
    release.shift()!()
    const first = await job.take(1000)
    expect(first.results).toHaveLength(1)
    job.cancel()
    release.shift()!()
    const last = await job.take(50)
    expect(last).toMatchObject({ finished: true, cancelled: true, done: 1, results: [] })
    expect(started).toBe(3)
  })

  it('places files sent out of order where they were chosen, and takes each place once', async () => {
    const job = createImportJob(createInProcessPool(), 3)
    job.add([fixture('000_145f68dcc3970373.txt')], 2)
    job.add([fixture('004_47686e53b8b82f22.txt')], 0)
    job.add([fixture('001_651b314454ef5de5.txt')], 0)
    job.add([fixture('001_651b314454ef5de5.txt')], 7)
    job.add([fixture('003_746bf8a0f9856691.txt')], 1)
    const { results, last } = await drain(job)
    expect(results.map((result) => result.document.path)).toEqual(['004_47686e53b8b82f22.txt', '003_746bf8a0f9856691.txt', '000_145f68dcc3970373.txt'])
    expect(last).toMatchObject({ total: 3, done: 3 })
  })

  it('has room for more uploads only while few are waiting for a worker', async () => {
    const release: Array<() => void> = []
    const inner = createInProcessPool()
    const pool: ParsePool = {
      parse: (path, bytes) => new Promise((resolveParse) => release.push(() => void inner.parse(path, bytes).then(resolveParse))),
      pageText: inner.pageText,
      close: async () => {}
    }
    const job = createImportJob(pool, 200, 1)
    const spaced = (count: number) => Array.from({ length: count }, () => fixture('004_47686e53b8b82f22.txt'))
    job.add(spaced(10))
    let roomy = false
    await job.room().then(() => (roomy = true))
    expect(roomy).toBe(true)
    job.add(spaced(60))
    let waited = false
    const room = job.room().then(() => (waited = true))
    await new Promise((resolveTick) => setTimeout(resolveTick, 20))
    expect(waited).toBe(false)
    // Parsing drains the queue below the bound, which lets the sender go on.
    for (let step = 0; step < 10 && !waited; step++) {
      release.shift()?.()
      await new Promise((resolveTick) => setTimeout(resolveTick, 20))
    }
    await room
    expect(waited).toBe(true)
    job.cancel()
    await job.room()
  })

  it('gives an uploaded page the pictures sent with it that it names beside it, and no others', async () => {
    const page = readFileSync(resolve(FIXTURES, 'saved-page/Harbour.html'))
    const picture = readFileSync(resolve(FIXTURES, 'saved-page/Harbour_files/quay.png'))
    const job = createImportJob(createInProcessPool(), 4)
    job.addPicture('Saved/Harbour_files/quay.png', picture)
    // The same page elsewhere in the folder tree names a path where no picture was sent.
    job.addPicture('Other/Harbour_files/quay.png', picture)
    job.add([
      { name: 'Saved/Harbour.html', bytes: page },
      { name: 'Saved/copy/Harbour.html', bytes: page },
      {
        name: 'Saved/notes.md',
        bytes: new TextEncoder().encode('# Notes\n\n![Quay](../Other/Harbour_files/quay.png)\n\nThe quay, seen from the ferry landing at dusk.\n')
      },
      { name: 'Saved/plain.txt', bytes: new TextEncoder().encode('Harbour_files/quay.png is named in plain text, which shows no pictures.\n') }
    ])
    const { results } = await drain(job)
    const documents = new Map(results.map(({ document }) => [document.path, document]))
    const imagesOf = (path: string) => {
      const document = documents.get(path)
      return document?.status === 'ok' ? document.blocks.filter((block) => block.kind === 'image') : []
    }
    expect(imagesOf('Saved/Harbour.html')).toEqual([
      { kind: 'image', text: '', image: { src: `data:image/png;base64,${picture.toString('base64')}`, alt: 'The repaired quay at high tide' } }
    ])
    // Beside the copy there is no Harbour_files folder, and "../" never leaves a page's folder.
    expect(imagesOf('Saved/copy/Harbour.html')).toEqual([])
    expect(documents.get('Saved/copy/Harbour.html')).toMatchObject({ status: 'ok', warnings: [expect.stringMatching(/^1 picture\(s\) left out/)] })
    expect(imagesOf('Saved/notes.md')).toEqual([])
    expect(imagesOf('Saved/plain.txt')).toEqual([])
  })

  it('finds a picture named with parentheses, spaces or another case, as a disk on Windows or macOS would', async () => {
    const picture = readFileSync(resolve(FIXTURES, 'saved-page/Harbour_files/quay.png'))
    const job = createImportJob(createInProcessPool(), 1)
    job.addPicture('Saved/img/Quay (1).png', picture)
    const page =
      '<html><head><title>Quay</title></head><body><article><h1>Quay</h1><p>The quay was repaired over the winter by the harbour crews.</p><img src=img/QUAY%20(1).PNG alt="The quay"><p>Ferries return in spring, the harbour master said, once the moorings are tested.</p></article></body></html>'
    job.add([{ name: 'Saved/quay.html', bytes: new TextEncoder().encode(page) }])
    const { results } = await drain(job)
    const document = results[0]?.document
    expect(document?.status === 'ok' && document.blocks.filter((block) => block.kind === 'image').map((block) => block.image?.alt)).toEqual(['The quay'])
  })
})

describe('PicturesWithPages', () => {
  const page = (name: string) => ({ name, bytes: new TextEncoder().encode('<p>text</p>') })
  const givenTo = (pictures: PicturesWithPages, name: string): ReadonlyMap<string, Uint8Array> => {
    const input = pictures.givenTo(page(name))
    return ('pictures' in input && input.pictures) || new Map()
  }

  it('keeps pictures in a folder, of kept kinds, within the bounds, and gives a page those in its folder or below', () => {
    const pictures = new PicturesWithPages()
    pictures.add('Saved/a.png', new Uint8Array([1, 2, 3]))
    pictures.add('Saved/sub/b.jpg', new Uint8Array([4]))
    pictures.add('Other/c.png', new Uint8Array([5]))
    pictures.add('Saved/notes.txt', new Uint8Array([6]))
    pictures.add('loose.png', new Uint8Array([7]))
    pictures.add('Saved/huge.png', new Uint8Array(MAX_IMAGE_BYTES + 1))
    pictures.add('Saved/empty.png', new Uint8Array())
    const namesGivenTo = (name: string): string[] => [...givenTo(pictures, name).keys()]
    expect(namesGivenTo('Saved/page.html')).toEqual(['Saved/a.png', 'Saved/sub/b.jpg'])
    expect(namesGivenTo('Saved/sub/page.md')).toEqual(['Saved/sub/b.jpg'])
    // Plain text shows no pictures, and a page read from disk finds its own.
    expect(pictures.givenTo(page('Saved/page.txt'))).not.toHaveProperty('pictures')
    expect(pictures.givenTo({ path: 'Saved/page.html', size: 10 })).not.toHaveProperty('pictures')
    pictures.clear()
    expect(pictures.givenTo(page('Saved/page.html'))).not.toHaveProperty('pictures')
  })

  it('lets the pictures handed to pages still waiting for a worker go when the import is cancelled', () => {
    const pictures = new PicturesWithPages()
    pictures.add('Saved/a.png', new Uint8Array([1, 2, 3]))
    const waiting = givenTo(pictures, 'Saved/page.html')
    expect(waiting.size).toBe(1)
    pictures.clear()
    expect(waiting.size).toBe(0)
  })

  it('copies each picture out of the request body it came in, into memory a worker thread shares', () => {
    const body = new Uint8Array(1000).fill(9)
    const pictures = new PicturesWithPages()
    pictures.add('Saved/a.png', body.subarray(10, 20))
    const kept = givenTo(pictures, 'Saved/page.html').get('Saved/a.png')!
    expect(kept.buffer).toBeInstanceOf(SharedArrayBuffer)
    expect(kept.buffer.byteLength).toBe(10)
    expect([...kept]).toEqual(new Array(10).fill(9))
  })

  it('stops at the bounds in number and bytes', () => {
    const pictures = new PicturesWithPages()
    for (let index = 0; index < MAX_PICTURES_WITH_PAGES + 5; index++) pictures.add(`Saved/${index}.png`, new Uint8Array([1]))
    expect(givenTo(pictures, 'Saved/page.html').size).toBe(MAX_PICTURES_WITH_PAGES)
    const large = new PicturesWithPages()
    for (let index = 0; index < 20; index++) large.add(`Saved/${index}.png`, new Uint8Array(MAX_IMAGE_BYTES))
    const bytes = [...givenTo(large, 'Saved/page.html').values()].reduce((total, picture) => total + picture.byteLength, 0)
    expect(bytes).toBeLessThanOrEqual(MAX_PICTURES_WITH_PAGES_BYTES)
    expect(bytes).toBeGreaterThan(MAX_PICTURES_WITH_PAGES_BYTES - MAX_IMAGE_BYTES)
  })
})
