// Library open time: listing every article from a warm IndexedDB (fake-indexeddb under Node),
// against reading the same table raw.
import { openDatabase, useDatabaseForTests } from '../src/renderer/db/database'
import { listArticles } from '../src/renderer/db/articles-repository'
import type { ArticleMeta } from '../src/shared/model/article'
import { percentile, type Figure } from './measure'
import { SyntheticWriter, readSeedArticles } from './synthetic-library'

/** Median time to list `count` articles for the library's first screen. */
export async function benchLibraryOpen(count: number): Promise<Figure> {
  const db = openDatabase(`gloss-bench-library-${count}`)
  useDatabaseForTests(db)
  const writer = new SyntheticWriter(readSeedArticles(), 3)
  const now = Date.now()
  const metas: ArticleMeta[] = Array.from({ length: count }, (_, index) => ({
    id: `article-${index}`,
    title: writer.sentence(9).replace(/\.$/, ''),
    byline: null,
    publishedAt: '2023-12-22',
    publishedPartial: null,
    source: 'VNA',
    url: null,
    language: 'en',
    fileName: `article-${index}.txt`,
    format: 'txt',
    wordCount: 800,
    highlightCount: index % 7,
    tags: [],
    readingState: 'new',
    progress: 0,
    addedAt: now - index,
    updatedAt: now - index,
    trashedAt: null
  }))
  await db.articles.bulkAdd(metas)
  const baselineSamples: number[] = []
  const samples: number[] = []
  for (let round = 0; round < 5; round++) {
    let start = performance.now()
    await db.articles.toArray()
    baselineSamples.push(performance.now() - start)
    start = performance.now()
    await listArticles()
    samples.push(performance.now() - start)
  }
  db.close()
  return {
    name: `library open, ${count.toLocaleString('en')} articles (fake-indexeddb)`,
    value: percentile(samples, 50),
    unit: 'ms',
    baseline: percentile(baselineSamples, 50),
    target: '< 500 ms',
    met: percentile(samples, 50) < 500
  }
}
