// Reader open time in Chromium: a generated 20,000-word article imported through the browser mode's
// file picker, opened from the library until every block and highlight mark is in the DOM and a
// frame has passed. Baseline (same run): the same article before its highlights exist.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { openBrowserMode } from './browser-mode'
import { percentile, type Figure } from './measure'
import { SyntheticWriter, readSeedArticles } from './synthetic-library'

const PORT = 4627
const ROUNDS = 11

/** A Markdown article of at least `words` words, with a heading every ten paragraphs. */
function generatedArticle(words: number): string {
  const writer = new SyntheticWriter(readSeedArticles(), 7)
  const lines = ['# A very long report on defence diplomacy', '']
  let count = 0
  for (let index = 0; count < words; index++) {
    if (index % 10 === 9) lines.push(`## ${writer.sentence(5).replace(/\.$/, '')}`, '')
    const paragraph = writer.paragraph()
    count += paragraph.split(/\s+/).length
    lines.push(paragraph, '')
  }
  return lines.join('\n')
}

/** Writes `count` non-overlapping highlights, each inside one block, straight into the app's IndexedDB. */
async function seedHighlights(page: Page, articleId: string, count: number): Promise<number> {
  return page.evaluate(
    async ({ articleId, count }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('gloss')
        request.onsuccess = () => done(request.result)
        request.onerror = () => fail(request.error)
      })
      const read = <T>(store: string, key: string): Promise<T> =>
        new Promise((done) => {
          const request = db.transaction(store).objectStore(store).get(key)
          request.onsuccess = () => done(request.result as T)
        })
      const body = await read<{ blocks: { text: string }[] }>('bodies', articleId)
      const text = body.blocks.map((block) => block.text).join('\n\n')
      const blockEnds: number[] = []
      let position = 0
      for (const block of body.blocks) blockEnds.push((position += block.text.length + 2) - 2)
      const colors = ['yellow', 'green', 'blue', 'pink', 'purple']
      const transaction = db.transaction('highlights', 'readwrite')
      let made = 0
      for (let index = 0; index < count; index++) {
        const start = text.indexOf(' ', Math.floor((index * text.length) / count)) + 1
        const blockEnd = blockEnds.find((end) => end > start) ?? text.length
        const end = Math.min(start + 24, blockEnd, Math.floor(((index + 1) * text.length) / count) - 1)
        if (end <= start) continue
        const now = Date.now() + index
        transaction.objectStore('highlights').put({
          id: `bench-${index}`,
          articleId,
          color: colors[index % colors.length],
          start,
          end,
          quote: text.slice(start, end),
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(end, end + 32),
          note: { doc: null, text: '' },
          tags: [],
          orphaned: false,
          createdAt: now,
          updatedAt: now
        })
        made++
      }
      await new Promise((done) => (transaction.oncomplete = done))
      db.close()
      return made
    },
    { articleId, count }
  )
}

/** Median milliseconds from choosing the article in the library to its blocks and `marks` highlight marks rendered. */
async function timeOpen(page: Page, articleId: string, marks: number): Promise<number> {
  const samples = await page.evaluate(
    async ({ articleId, marks, rounds }) => {
      const until = (ready: () => boolean): Promise<void> =>
        new Promise((done) => {
          if (ready()) return done()
          const observer = new MutationObserver(() => ready() && (observer.disconnect(), done()))
          observer.observe(document.body, { childList: true, subtree: true })
        })
      const times: number[] = []
      for (let round = 0; round < rounds; round++) {
        location.hash = '#/'
        await until(() => !!document.querySelector('[data-testid="article-row"]'))
        await new Promise((done) => setTimeout(done, 100))
        performance.mark('reader-open-start')
        location.hash = `#/article/${articleId}`
        await until(() => document.querySelectorAll('.article-text > .block').length > 100 && document.querySelectorAll('mark.highlight').length >= marks)
        // One frame later, so style, layout and paint of the opened article are counted too.
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))
        performance.mark('reader-open-end')
        times.push(performance.measure('reader-open', 'reader-open-start', 'reader-open-end').duration)
      }
      return times
    },
    { articleId, marks, rounds: ROUNDS }
  )
  // The first open also warms the database connection and the code; report the warm median.
  return percentile(samples.slice(1), 50)
}

/** Opening a 20,000-word article with 1,000 highlights in Chromium, against the same article bare. */
export async function benchReaderOpen(words = 20_000, highlights = 1_000): Promise<Figure> {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-bench-reader-'))
  const file = join(folder, 'long-report.md')
  writeFileSync(file, generatedArticle(words))
  const { page, close } = await openBrowserMode(PORT)
  try {
    // tsx keeps function names with a helper the page does not have; give it one (also after reloads).
    await page.addInitScript({ content: 'globalThis.__name = (target) => target' })
    await page.reload()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import files' }).click()
    await (await chooser).setFiles(file)
    await page.getByText(/Imported \d+ article/).waitFor()
    await page.getByTestId('article-row').first().click()
    await page.locator('.article-text').waitFor()
    const articleId = /#\/article\/([\w-]+)/.exec(page.url())![1]!
    const baseline = await timeOpen(page, articleId, 0)
    const made = await seedHighlights(page, articleId, highlights)
    await page.reload()
    const value = await timeOpen(page, articleId, made)
    return {
      name: `reader open, ${words.toLocaleString('en')} words with ${made.toLocaleString('en')} highlights (Chromium)`,
      value,
      unit: 'ms',
      baseline,
      target: '< 150 ms',
      met: value < 150,
      note: 'baseline: the same article without highlights'
    }
  } finally {
    await close()
  }
}
