// The four shared corpus articles, cleaned end to end, with the repairs a reader would check.
import { describe, expect, it } from 'vitest'
import type { Repair } from '../model/document'
import { cleanPlainText } from './cleanPlainText'
import { readCorpusArticle } from './test-support/corpusArticles'

function clean(prefix: string) {
  const { fileName, text } = readCorpusArticle(prefix)
  return cleanPlainText(text, { fileName })
}

const hasRepair = (repairs: readonly Repair[], before: string, after: string): boolean =>
  repairs.some((repair) => repair.before === before && repair.after === after)

const bodyText = (result: ReturnType<typeof clean>): string => result.blocks.map((block) => block.text).join('\n')

describe('000: glued words, junk letters, a repeated lead and teasers after the end marker', () => {
  const result = clean('000')

  it.each([
    ['territorialsovereignty', 'territorial sovereignty'],
    ['April14', 'April 14'],
    ['ofNational', 'of National'],
    ['SecurityCouncil', 'Security Council'],
    ["People'sArmy", "People's Army"],
    ['100countries', '100 countries'],
    ['COVID-19pandemic', 'COVID-19 pandemic'],
    ['Lt.Gen.', 'Lt. Gen.'],
    ['diplomacyin', 'diplomacy in'],
    ['recordingimportant', 'recording important'],
    ['hostedinternational', 'hosted international'],
    ['ꦰ-', '-']
  ])('repairs %s', (before, after) => {
    expect(hasRepair(result.repairs, before, after)).toBe(true)
    expect(bodyText(result)).not.toContain(before)
  })

  it('drops standalone junk and keeps the sentence it preceded', () => {
    expect(result.removed).toContainEqual({ kind: 'junk-character', text: '💮' })
    expect(result.blocks.some((block) => block.text.startsWith('In addition, Vietnam has actively attended and hosted international'))).toBe(true)
  })

  it('recognises the VNA dateline and keeps one copy of the repeated lead', () => {
    expect(result.source).toBe('VNA')
    const copies = result.blocks.filter((block) => block.text.includes('Vietnam has taken an active and responsible part'))
    expect(copies).toHaveLength(1)
    expect(result.removed.some((removal) => removal.kind === 'repeated-paragraph')).toBe(true)
  })

  it('ends the body at the end marker and records every teaser after it', () => {
    const last = result.blocks[result.blocks.length - 1]
    expect(last?.text.endsWith('he went on.')).toBe(true)
    expect(bodyText(result)).not.toContain('./.')
    expect(bodyText(result)).not.toContain('New Zealand is currently one of Vietnam')
    expect(bodyText(result)).not.toContain('Vladimir Putin')
    expect(result.removed.filter((removal) => removal.kind === 'teaser')).toHaveLength(22)
  })

  it('makes captions of photo lines and a title of the first sentence, and keeps the yearless date partial', () => {
    expect(result.blocks.filter((block) => block.kind === 'caption')).toHaveLength(2)
    expect(result.title).toBe('Vietnam has taken an active and responsible part in defence diplomacy activities')
    expect(result.publishedAt).toBeNull()
    expect(result.publishedPartial).toBe('April 14')
    expect(result.language).toBe('en')
  })

  it('leaves clean words and names alone', () => {
    const body = bodyText(result)
    for (const word of ['peacekeeping', 'concertedly', 'comprehensively', 'Hoang Xuan Chien', 'Agent Orange/Dioxin', '2016 – 2021']) {
      expect(body).toContain(word)
    }
  })
})

describe('001: emoji in words, standfirst and teasers', () => {
  const result = clean('001')

  it('takes the heading-like first line as the title and keeps the standfirst as summary', () => {
    expect(result.title).toBe('Ministry reviews defence diplomacy in first half, sets tasks toward year end')
    expect(result.blocks[0]?.kind).toBe('summary')
    expect(result.blocks[0]?.text.startsWith("In the first half, Vietnam's defence cooperation")).toBe(true)
    expect(result.blocks.some((block) => block.text.startsWith('According to reports at the conference'))).toBe(true)
  })

  it('removes emoji from words and ends the body at the glued end marker', () => {
    expect(hasRepair(result.repairs, 'ar🍌ms', 'arms')).toBe(true)
    const last = result.blocks[result.blocks.length - 1]
    expect(last?.text.endsWith('sci-tech research.')).toBe(true)
    expect(bodyText(result)).not.toContain('Guterres')
    expect(result.source).toBe('VNA')
    expect(result.publishedPartial).toBe('July 7')
  })

  it('keeps the qdnd.vn caption as a caption', () => {
    expect(result.blocks[1]).toEqual({
      kind: 'caption',
      text: 'Deputy Minister of National Defence Senior Lieutenant General Hoang Xuan Chien speaks at the conference. (Photo: qdnd.vn)'
    })
  })
})

describe('003: CMS header, headings, a near-repeat and a stray X', () => {
  const result = clean('003')

  it('reads the header into metadata and the title line into the title', () => {
    expect(result.title).toBe('Defence diplomacy contributes to safeguarding Fatherland early, from afar')
    expect(result.publishedAt?.slice(0, 10)).toBe('2023-12-22')
    expect(result.byline).toBeNull()
    expect(result.source).toBe('VNA')
    for (const line of ['ID :', '673760', 'Fri, 12/22/2023 - 08:19', 'Auther :']) expect(result.removed).toContainEqual({ kind: 'header', text: line })
  })

  it('finds its two section headings', () => {
    expect(result.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual([
      'International integration, defence diplomacy contribute to safeguarding Fatherland early, from afar',
      'Vietnam joins UN peacekeeping forces'
    ])
  })

  it('drops the near-repeated paragraph and the lone X', () => {
    expect(
      result.blocks.filter(
        (block) => block.text.includes('joining UN peacekeeping forces has helped') || block.text.includes('Joining UN peacekeeping forces has helped')
      )
    ).toHaveLength(1)
    expect(result.removed).toContainEqual(expect.objectContaining({ kind: 'repeated-paragraph' }))
    expect(result.removed).toContainEqual({ kind: 'cms-debris', text: 'X' })
    expect(result.blocks[result.blocks.length - 1]?.text.endsWith('on the international stage.')).toBe(true)
  })

  it('collapses the no-break space and makes no repairs to clean text', () => {
    expect(bodyText(result)).toContain('construction. Under the leadership')
    expect(result.repairs).toEqual([])
  })
})

describe('004: layout debris, captions and a byline at the end', () => {
  const result = clean('004')

  it('removes leftcenterrightdel and keeps the photo lines as captions', () => {
    expect(result.removed.filter((removal) => removal.text === 'leftcenterrightdel')).toHaveLength(2)
    const captions = result.blocks.filter((block) => block.kind === 'caption')
    expect(captions).toHaveLength(2)
    expect(captions.every((block) => block.text.endsWith('(Photo: Trong Hai)'))).toBe(true)
  })

  it('reads the byline and credit out of the body', () => {
    expect(result.byline).toBe('Ngoc Hung - Anh Vu')
    expect(bodyText(result)).not.toContain('Translated by')
    expect(result.removed).toContainEqual({ kind: 'byline', text: 'Translated by Mai Huong' })
  })

  it('keeps abbreviations, numbers and codes intact', () => {
    const body = bodyText(result)
    for (const text of ['Resolution No.59-NQ/TW', 'USD 286.3 million', 'the U.S., India', '(AARM-30)', '2020-2025 term']) expect(body).toContain(text)
    expect(result.repairs).toEqual([])
    expect(result.title.length).toBeLessThanOrEqual(101)
  })
})
