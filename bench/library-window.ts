// The library's first screen at 100,000 articles from a warm database (fake-indexeddb under
// Node): ordered ids from index keys plus one page of rows, against listing every article
// (listArticles, what the list used to load) in the same run.
import { openDatabase, useDatabaseForTests } from '../src/renderer/db/database'
import { listArticles } from '../src/renderer/db/articles-repository'
import { getArticleMetas, queryLibraryIds } from '../src/renderer/db/library-repository'
import { NO_FILTERS } from '../src/shared/library/library-view'
import type { ArticleMeta } from '../src/shared/model/article'
import { percentile, type Figure } from './measure'
import { SyntheticWriter, readSeedArticles } from './synthetic-library'

const FIRST_PAGE = 100

/** Median time to the library's first screen with `count` articles, sorted by date added and filtered by tag. */
export async function benchLibraryWindow(count: number): Promise<Figure[]> {
  const db = openDatabase(`gloss-bench-library-window-${count}`)
  useDatabaseForTests(db)
  const writer = new SyntheticWriter(readSeedArticles(), 5)
  const now = Date.now()
  const metas: ArticleMeta[] = Array.from({ length: count }, (_, index) => ({
    id: `article-${String(index).padStart(6, '0')}`,
    title: writer.sentence(9).replace(/\.$/, ''),
    byline: null,
    publishedAt: `2023-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
    publishedPartial: null,
    source: ['VNA', 'Reuters', 'Nhân Dân'][index % 3]!,
    url: null,
    language: 'en',
    fileName: `article-${index}.txt`,
    format: 'txt',
    wordCount: 800,
    highlightCount: 0,
    tags: index % 10 === 0 ? ['economy'] : [],
    readingState: 'new',
    progress: 0,
    addedAt: now - index,
    updatedAt: now - index,
    trashedAt: index % 100 === 0 ? now : null
  }))
  for (let start = 0; start < metas.length; start += 10_000) await db.articles.bulkAdd(metas.slice(start, start + 10_000))
  const firstScreen = async (filters = NO_FILTERS): Promise<void> => {
    const ids = await queryLibraryIds('added', true, filters)
    await getArticleMetas(ids.slice(0, FIRST_PAGE))
  }
  const samples: number[] = []
  const filtered: number[] = []
  const baseline: number[] = []
  for (let round = 0; round < 3; round++) {
    let start = performance.now()
    await firstScreen()
    samples.push(performance.now() - start)
    start = performance.now()
    await firstScreen({ ...NO_FILTERS, tags: ['economy'], sources: ['VNA', 'Reuters'] })
    filtered.push(performance.now() - start)
    start = performance.now()
    await listArticles()
    baseline.push(performance.now() - start)
  }
  db.close()
  const size = count.toLocaleString('en')
  const median = (values: number[]): number => percentile(values, 50)
  return [
    {
      name: `library first screen, ${size} articles (fake-indexeddb)`,
      value: median(samples),
      unit: 'ms',
      baseline: median(baseline),
      target: '< 500 ms',
      met: median(samples) < 500,
      note: 'baseline: listArticles(), every meta'
    },
    {
      name: `library first screen filtered by tag and source, ${size} articles`,
      value: median(filtered),
      unit: 'ms',
      baseline: median(baseline),
      target: '< 500 ms',
      met: median(filtered) < 500
    }
  ]
}
