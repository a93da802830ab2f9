import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeRange } from './describe-range'
import { reanchorAll } from './reanchor'
import { mulberry32 } from '../test-support/random'
import { applyRecleaningEdits } from './test-support/recleaning-edits'
import { track } from './test-support/tracked-text'
import { randomWordRanges } from './test-support/words'

const text = 'Hanoi (VNA) - The Ministry ofNational Defence held a conference.\nIt reviewed defence diplomacy in 2016 – 2021.\nRead more: other news.'

describe('reanchorAll', () => {
  it('keeps highlights exactly where they are when the text is unchanged', () => {
    const anchors = [describeRange(text, 14, 26), describeRange(text, 70, 87)]
    expect(reanchorAll(text, text, anchors)).toEqual([
      { status: 'exact', start: 14, end: 26, score: 1 },
      { status: 'exact', start: 70, end: 87, score: 1 }
    ])
  })

  it('follows highlights through a re-cleaning that splits glued words and drops a line', () => {
    const cleaned = text.replace('ofNational', 'of National').replace('\nRead more: other news.', '').replace(' – ', ' - ')
    const anchors = [
      describeRange(text, text.indexOf('Ministry'), text.indexOf(' held')),
      describeRange(text, text.indexOf('defence diplomacy'), text.indexOf('.\nRead')),
      describeRange(text, text.indexOf('other news'), text.length - 1)
    ]
    const [ministry, diplomacy, lost] = reanchorAll(text, cleaned, anchors)
    expect(ministry).toMatchObject({ status: 'fuzzy' })
    if (ministry?.status !== 'orphan') expect(cleaned.slice(ministry!.start, ministry!.end)).toBe('Ministry of National Defence')
    if (diplomacy?.status !== 'orphan') expect(cleaned.slice(diplomacy!.start, diplomacy!.end)).toBe('defence diplomacy in 2016 - 2021')
    expect(lost).toEqual({ status: 'orphan' })
  })

  it('searches for highlights whose stored offsets do not fit the old text', () => {
    const stale = { ...describeRange(text, 14, 26), start: 0, end: 12 }
    expect(reanchorAll(text, 'Intro. ' + text, [stale])).toMatchObject([{ status: 'exact', start: 21, end: 33 }])
  })

  it('returns nothing for no highlights and orphans highlights when the new text is empty', () => {
    expect(reanchorAll(text, 'other', [])).toEqual([])
    expect(reanchorAll(text, '', [describeRange(text, 14, 26)])).toEqual([{ status: 'orphan' }])
  })

  it('re-anchors 1,000 highlights on a 20,000-word article (timing printed)', () => {
    const directory = join(__dirname, 'fixtures')
    const seeds = readdirSync(directory)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(directory, name), 'utf8'))
    const parts: string[] = []
    for (let part = 1; parts.join('\n').split(/\s+/).length < 20_000; part++) parts.push(`Part ${part}\n${seeds[part % seeds.length]!}`)
    const oldText = parts.join('\n')
    const random = mulberry32(42)
    const anchors = randomWordRanges(oldText, 1000, 30, random).map((range) => describeRange(oldText, range.start, range.end))
    const tracked = track(oldText)
    applyRecleaningEdits(
      tracked,
      { splitWords: 60, deleteCharacters: 60, removeParagraphs: 10, insertSentences: 20, insertParagraphs: 10, changePunctuation: 50 },
      random
    )
    const started = performance.now()
    const results = reanchorAll(oldText, tracked.text, anchors)
    const elapsed = performance.now() - started
    const placed = results.filter((result) => result.status !== 'orphan').length
    console.info(`[reanchor timing] ${oldText.split(/\s+/).length} words, ${anchors.length} highlights: ${elapsed.toFixed(0)} ms, ${placed} placed`)
    expect(results).toHaveLength(1000)
  })
})
