// Measures what our HTML extraction costs per page against bare Readability over linkedom,
// so a change that makes import slower shows up as a number, not a feeling.
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { extractHtmlArticle } from './html'

/** Milliseconds per page for our extraction and for bare Readability, and their ratio. */
export interface HtmlBenchmark {
  oursMsPerPage: number
  bareReadabilityMsPerPage: number
  ratio: number
}

/** Times extractHtmlArticle against bare Readability over linkedom on one page (after a warm-up). */
export function benchmarkHtmlExtraction(html: string, runs = 30): HtmlBenchmark {
  const bare = (): void => {
    new Readability(parseHTML(html).document as unknown as Document).parse()
  }
  const ours = (): void => {
    extractHtmlArticle(html)
  }
  // Warm-up: JIT, and the one-time jsdom window that sanitising creates.
  for (let i = 0; i < 5; i++) {
    bare()
    ours()
  }
  const bareReadabilityMsPerPage = millisecondsPerRun(bare, runs)
  const oursMsPerPage = millisecondsPerRun(ours, runs)
  return { oursMsPerPage, bareReadabilityMsPerPage, ratio: oursMsPerPage / bareReadabilityMsPerPage }
}

function millisecondsPerRun(run: () => void, runs: number): number {
  const start = performance.now()
  for (let i = 0; i < runs; i++) run()
  return (performance.now() - start) / runs
}
