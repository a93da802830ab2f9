// The browser's own cost of handing picked files to a local server, with nothing parsed or stored:
// the floor under the browser mode's picker import. Chromium asks for each picked file's size
// synchronously and reads and sends it through its network process; on a 2-core machine that
// alone takes a large share of the time a thousand-file import may have.
import { createServer, type Server } from 'node:http'
import { MAX_CHUNK_FILES } from '../src/renderer/features/import/core/upload-chunks'
import { openBrowserProfile } from './browser-profile'
import { percentile, type Figure } from './measure'
import { writeSyntheticTextFiles } from './synthetic-library'

const PORT = 4630
const RUNS = 3
const PAGE = '<!doctype html><title>upload</title><input type="file" multiple>'

function startDiscardingServer(): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'POST') return void response.end(PAGE)
    let bytes = 0
    request.on('data', (chunk: Buffer) => (bytes += chunk.length))
    request.on('end', () => response.end(String(bytes)))
  })
  return new Promise((resolve) => server.listen(PORT, '127.0.0.1', () => resolve(server)))
}

/** Files per second Chromium uploads (picked, in the app's chunks, to a loopback server that discards them), median of RUNS fresh browsers. */
export async function benchBareUpload(count: number): Promise<Figure> {
  const paths = writeSyntheticTextFiles(count, 17)
  const server = await startDiscardingServer()
  const rates: number[] = []
  try {
    for (let run = 0; run < RUNS; run++) {
      const profile = await openBrowserProfile()
      try {
        const page = profile.context.pages()[0] ?? (await profile.context.newPage())
        await page.goto(`http://127.0.0.1:${PORT}/`)
        await page.locator('input').setInputFiles(paths)
        const milliseconds = await page.evaluate(async (chunkFiles) => {
          const files = [...document.querySelector('input')!.files!]
          const start = performance.now()
          for (let index = 0; index < files.length; index += chunkFiles) {
            await (await fetch('/', { method: 'POST', body: new Blob(files.slice(index, index + chunkFiles)) })).text()
          }
          return performance.now() - start
        }, MAX_CHUNK_FILES)
        rates.push(count / (milliseconds / 1000))
      } finally {
        await profile.close()
      }
    }
  } finally {
    server.close()
  }
  const value = percentile(rates, 50)
  return {
    name: `Chromium alone uploading ${count.toLocaleString('en')} picked text files to a local server that discards them (the picker path's floor, median of ${RUNS})`,
    value,
    unit: 'files/s',
    note: `runs: ${rates.map((rate) => Math.round(rate)).join(', ')}/s; no parsing, no storage: what the browser itself costs before Gloss does anything`
  }
}
