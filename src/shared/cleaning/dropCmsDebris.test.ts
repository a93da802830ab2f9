import { describe, expect, it } from 'vitest'
import { dropCmsDebris } from './dropCmsDebris'

describe('dropCmsDebris', () => {
  it('drops layout words, lone symbols, placeholders and photo markers', () => {
    const result = dropCmsDebris(['leftcenterrightdel', 'X', '|', '{keywords}', '[Photo]', 'A real paragraph.'])
    expect(result.lines).toEqual(['A real paragraph.'])
    expect(result.removed.map((removal) => removal.text)).toEqual(['leftcenterrightdel', 'X', '|', '{keywords}', '[Photo]'])
    expect(result.removed.every((removal) => removal.kind === 'cms-debris')).toBe(true)
  })

  it('strips a placeholder written straight after a colon', () => {
    expect(dropCmsDebris(['Read more:{{link}} now'])).toEqual({ lines: ['Read more: now'], removed: [{ kind: 'cms-debris', text: '{{link}}' }] })
  })

  it('leaves braces, wiki-links and variables that are part of the text where they stand', () => {
    const line = 'The endpoint GET /api/users/{id}/roles lists roles; see [[Project Alpha]], f"{name}", ${HOME} and %%draft%% for details.'
    expect(dropCmsDebris([line])).toEqual({ lines: [line], removed: [] })
  })

  it('strips a placeholder from inside a line and keeps the text', () => {
    const result = dropCmsDebris(['Tags {keywords} defence diplomacy'])
    expect(result.lines).toEqual(['Tags defence diplomacy'])
    expect(result.removed).toEqual([{ kind: 'cms-debris', text: '{keywords}' }])
  })

  it('drops widget labels, with or without a colon, and comment widgets', () => {
    const labels = ['Advertisement:', 'Share:', 'Read more', 'View Comments', 'Facebook Activity', 'blog comments powered by Disqus']
    // "Save" may be a poem's line or a menu's item in a how-to: only a page's header drops it (extractHeaderMetadata).
    const kept = ['Share prices fell sharply on Monday.', 'Save']
    expect(dropCmsDebris([...labels, ...kept]).lines).toEqual(kept)
  })

  it('keeps short real lines such as a one-word heading', () => {
    expect(dropCmsDebris(['Right', 'Overview', 'X-ray results']).lines).toEqual(['Right', 'Overview', 'X-ray results'])
  })
})
