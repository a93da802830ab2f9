// Builds the kinds of copies of an article that scraping the same page twice yields,
// and a different article that only quotes it, for duplicate-detection tests.
import { pick, randomInt } from '../../test-support/random'

const JUNK = ['\u200b', 'ꦰ', '�', '|', '•', '\u00a0', '*', 'Â']

/** Options for `noisyScrape`. */
export interface ScrapeNoise {
  junkCharacters: number
  gluedWords: number
  teaserParagraphs: readonly string[]
  repeatHeader: boolean
}

/** A re-scrape of `article`: junk characters, glued words, a repeated header line and teaser paragraphs after the end. */
export function noisyScrape(article: string, noise: ScrapeNoise, random: () => number): string {
  let text = article
  for (let i = 0; i < noise.gluedWords; i++) {
    const spaces = [...text.matchAll(/(?<=\p{L}) (?=\p{L})/gu)].map((match) => match.index)
    if (spaces.length === 0) break
    const at = pick(random, spaces)
    text = text.slice(0, at) + text.slice(at + 1)
  }
  for (let i = 0; i < noise.junkCharacters; i++) {
    const at = randomInt(random, 0, text.length)
    text = text.slice(0, at) + pick(random, JUNK) + text.slice(at)
  }
  if (noise.repeatHeader) {
    const header = text.slice(0, text.indexOf('\n') + 1)
    text = header + header + text.slice(header.length)
  }
  return [text, ...noise.teaserParagraphs].join('\n')
}

/** Sentences of `text`, for teaser paragraphs and quotations. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length > 20)
}
