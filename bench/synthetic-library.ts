// Generates a synthetic library of any size from the seed articles' shapes and vocabulary:
// word bigrams learned from the seeds, the same kinds of header lines, captions and noise.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { mulberry32 } from '../src/shared/test-support/random'
import { join } from 'node:path'

export const SEED_FOLDER = join(__dirname, '../e2e/fixtures')

/** The seed articles' texts. */
export function readSeedArticles(): string[] {
  return readdirSync(SEED_FOLDER)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(SEED_FOLDER, name), 'utf8'))
}

/** A generator of article-like text from the seeds' word bigrams. */
export class SyntheticWriter {
  private readonly next = new Map<string, string[]>()
  private readonly starts: string[] = []
  private readonly random: () => number

  constructor(seeds: readonly string[], seed = 42) {
    this.random = mulberry32(seed)
    for (const text of seeds) {
      for (const line of text.split('\n')) {
        const words = line.split(/\s+/).filter(Boolean)
        if (words.length > 3 && words[0]) this.starts.push(words[0])
        for (let index = 0; index < words.length - 1; index++) {
          const list = this.next.get(words[index]!) ?? []
          list.push(words[index + 1]!)
          this.next.set(words[index]!, list)
        }
      }
    }
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!
  }

  /** A sentence of roughly `length` words ending with a full stop. */
  sentence(length = 12 + Math.floor(this.random() * 18)): string {
    let word = this.pick(this.starts)
    const words = [word]
    while (words.length < length) {
      const options = this.next.get(word)
      word = options ? this.pick(options) : this.pick(this.starts)
      words.push(word)
    }
    return words.join(' ').replace(/[.,;:]+$/, '') + '.'
  }

  /** A paragraph of a few sentences. */
  paragraph(): string {
    return Array.from({ length: 2 + Math.floor(this.random() * 3) }, () => this.sentence()).join(' ')
  }

  /** A seed-shaped plain-text scrape: header lines, title, dateline, paragraphs, end marker, teasers. */
  plainTextArticle(index: number, paragraphs = 10): string {
    const day = 1 + (index % 28)
    const lines = [
      'ID :',
      String(600000 + index),
      `Fri, 12/${String(day).padStart(2, '0')}/2023 - 08:19`,
      'Auther :',
      '',
      this.sentence(10).replace(/\.$/, ''),
      ''
    ]
    lines.push(`Hanoi (VNA) - ${this.paragraph()}`, '')
    for (let count = 0; count < paragraphs; count++) lines.push(this.paragraph(), '')
    lines.push(`${this.paragraph()}./.`, '', this.paragraph(), '')
    return lines.join('\n')
  }

  /** A news-page-shaped HTML document with navigation, an article and a footer. */
  htmlArticle(index: number, paragraphs = 12): string {
    const title = this.sentence(9).replace(/\.$/, '')
    const body = Array.from({ length: paragraphs }, (_, count) =>
      count % 5 === 4 ? `<h2>${this.sentence(5).replace(/\.$/, '')}</h2>` : `<p>${this.paragraph()}</p>`
    ).join('\n')
    const navigation = Array.from({ length: 30 }, (_, count) => `<li><a href="/section/${count}">Section ${count}</a></li>`).join('')
    const related = Array.from({ length: 8 }, () => `<li><a href="/story">${this.sentence(8)}</a></li>`).join('')
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Daily</title>
<meta property="article:published_time" content="2024-01-${String(1 + (index % 28)).padStart(2, '0')}T08:00:00Z">
<script>var analytics = ${index};</script><style>body{font-family:serif}</style></head>
<body><header><nav><ul>${navigation}</ul></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Staff Writer</p>${body}</article>
<aside><h3>Related</h3><ul>${related}</ul></aside></main>
<footer><p>Copyright Daily ${index}</p></footer></body></html>`
  }
}

/** Writes `count` seed-shaped plain-text articles to a new temporary folder; returns their paths. */
export function writeSyntheticTextFiles(count: number, seed: number): string[] {
  const writer = new SyntheticWriter(readSeedArticles(), seed)
  const folder = mkdtempSync(join(tmpdir(), 'gloss-bench-text-'))
  return Array.from({ length: count }, (_, index) => {
    const path = join(folder, `article-${String(index).padStart(5, '0')}.txt`)
    writeFileSync(path, writer.plainTextArticle(index))
    return path
  })
}
