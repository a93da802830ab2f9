import { describe, expect, it } from 'vitest'
import { carrySpans } from './carrySpans'
import { cleanBlocks } from './cleanBlocks'

const HREF = 'https://example.org/'
const linkOn = (text: string, words: string, from = 0) => ({ start: text.indexOf(words, from), end: text.indexOf(words, from) + words.length, href: HREF })

describe('carrySpans', () => {
  it('keeps links as they are when the text did not change', () => {
    const text = 'The Security Council met.'
    expect(carrySpans(text, text, [linkOn(text, 'Security Council')])).toEqual([linkOn(text, 'Security Council')])
  })

  it('moves a link with its words when text before it changed', () => {
    const before = 'Vietnamâ€™s envoy told the Security Council.'
    const after = 'Vietnam’s envoy told the Security Council.'
    expect(carrySpans(before, after, [linkOn(before, 'Security Council')])).toEqual([linkOn(after, 'Security Council')])
  })

  it('follows a glued word split inside the link', () => {
    const before = 'He addressed the SecurityCouncil today.'
    const after = 'He addressed the Security Council today.'
    expect(carrySpans(before, after, [linkOn(before, 'SecurityCouncil')])).toEqual([linkOn(after, 'Security Council')])
  })

  it('picks the occurrence nearest where the link was when its words repeat', () => {
    const before = 'report one, report two, report three'
    const after = 'report one, report two, report three!'
    const second = linkOn(before, 'report', 5)
    expect(carrySpans(before, after, [second])).toEqual([second])
  })

  it('keeps a link whose own words were repaired, and each of two links on the same words on its own', () => {
    const before = 'Vietnamâ€™s report, then report again'
    const after = 'Vietnam’s report, then report again'
    const links = [linkOn(before, 'Vietnamâ€™s report'), { ...linkOn(before, 'report', 20), href: 'https://b.org/' }]
    expect(carrySpans(before, after, links)).toEqual([linkOn(after, 'Vietnam’s report'), { ...linkOn(after, 'report', 18), href: 'https://b.org/' }])
  })

  it('does not move a link into another word that holds its words', () => {
    const before = 'Itâ€™s there: click here.'
    const after = 'It’s there: click here.'
    expect(carrySpans(before, after, [linkOn(before, 'here', 14)])).toEqual([linkOn(after, 'here', 12)])
  })

  it('leaves out a link whose words are gone', () => {
    expect(carrySpans('Click ꦰ here', 'Click here', [linkOn('Click ꦰ here', 'ꦰ')])).toEqual([])
  })
})

describe('cleanBlocks with links', () => {
  it('keeps links through the repairs of cleaning', () => {
    const text = 'Officials said the SecurityCouncil would meet on April14 to discuss the plan in detail.'
    const cleaned = cleanBlocks([
      { kind: 'heading', text: 'Council to meet' },
      { kind: 'paragraph', text, links: [linkOn(text, 'the SecurityCouncil')] },
      { kind: 'paragraph', text: 'A second paragraph follows here, with more words about the meeting.' }
    ])
    const paragraph = cleaned.blocks[0]!
    expect(paragraph.text).toContain('the Security Council')
    expect(paragraph.links?.map((link) => paragraph.text.slice(link.start, link.end))).toEqual(['the Security Council'])
  })

  it('never hands on a link that cannot be shown', () => {
    const cleaned = cleanBlocks([{ kind: 'paragraph', text: 'Plain words here.', links: [{ start: -3, end: 400, href: 'javascript:alert(1)' }] }], {
      liftTitle: false
    })
    expect(cleaned.blocks).toEqual([{ kind: 'paragraph', text: 'Plain words here.' }])
  })
})
