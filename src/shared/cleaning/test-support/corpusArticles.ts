// Test support: the shared corpus articles, read from the fixtures copy beside the code
// (so tests run in a clean clone) and, failing that, from the shared corpus folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const FIXTURES = path.resolve(__dirname, '../fixtures')
const SHARED_CORPUS = path.resolve(__dirname, '../../../../../shared/corpus/articles')

/** The text of the corpus article whose file name starts with `prefix` (e.g. "003"). */
export function readCorpusArticle(prefix: string): { fileName: string; text: string } {
  for (const folder of [FIXTURES, SHARED_CORPUS]) {
    if (!existsSync(folder)) continue
    const fileName = readdirSync(folder).find((name) => name.startsWith(prefix) && name.endsWith('.txt'))
    if (fileName !== undefined) return { fileName, text: readFileSync(path.join(folder, fileName), 'utf8') }
  }
  throw new Error(`No corpus article starts with ${prefix}`)
}
