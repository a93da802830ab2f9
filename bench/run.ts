// `npm run bench`: builds a synthetic library from the seed articles, measures, prints a table
// and writes bench-results.json. Every figure has a baseline measured in the same run.
import 'fake-indexeddb/auto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { benchHtmlEndToEnd, benchRealHtmlImport, benchSmallHtmlImport, benchTextImport } from './import-throughput'
import { benchImportInChromium } from './import-chromium'
import { benchBareUpload } from './bare-upload'
import { benchLibraryOpen } from './library-open'
import { benchReaderOpen } from './reader-open'
import { benchExportFolder } from './export'
import { benchInFreshProcess } from './fresh-process'
import { benchLibraryWindow } from './library-window'
import { benchAppStart } from './app-start'
import { benchBackupRestore } from './backup-restore'
import { printTable, type Figure } from './measure'

const quick = process.argv.includes('--quick')

async function main(): Promise<void> {
  const figures: Figure[] = []
  // The per-page HTML comparison runs first, before any other benchmark has run in this process:
  // right after the Chromium runs it was twice seen at 2.2–2.3x for one call and back to 1.3x on
  // the next in the same process, an after-effect of those runs that no other process showed.
  const realHtml = await benchRealHtmlImport()
  const smallHtml = await benchSmallHtmlImport(quick ? 10 : 40)
  figures.push(await benchImportInChromium(quick ? 205 : 1005, 'dialog'))
  figures.push(await benchImportInChromium(quick ? 205 : 1005, 'picker'))
  figures.push(await benchBareUpload(quick ? 200 : 1000))
  figures.push(await benchTextImport(quick ? 200 : 1000))
  figures.push(realHtml)
  figures.push(await benchHtmlEndToEnd())
  figures.push(smallHtml)
  figures.push(await benchLibraryOpen(quick ? 2000 : 10000))
  figures.push(await benchReaderOpen(20_000, 1_000))
  figures.push(await benchExportFolder(quick ? 1000 : 10000))
  figures.push(...(await benchInFreshProcess('search-process.ts', [String(quick ? 1000 : 10_000)])))
  figures.push(...(await benchLibraryWindow(quick ? 20_000 : 100_000)))
  figures.push(...(await benchAppStart(quick ? 2000 : 10_000)))
  figures.push(...(await benchBackupRestore(quick ? 2000 : 10_000)))
  printTable(figures)
  const path = join(__dirname, '../bench-results.json')
  writeFileSync(path, JSON.stringify({ createdAt: new Date().toISOString(), figures }, null, 2) + '\n')
  console.log(`\nwritten to ${path}`)
}

void main()
