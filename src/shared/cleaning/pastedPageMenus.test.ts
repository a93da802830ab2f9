import { describe, expect, it } from 'vitest'
import { dropPastedPageMenus } from './pastedPageMenus'

const STORY = [
  'Ocean heat hits record high, scientists warn',
  "The world's oceans reached their highest recorded temperatures this year, according to data published on Monday.",
  'Scientists said the heat threatened coral reefs and fisheries around the globe.'
]

describe('dropPastedPageMenus', () => {
  it("takes a pasted page's menu and closing furniture out, recorded as outside the article", () => {
    const menu = ['Menu', 'Search', 'Sign in', 'World', 'Business', 'Climate crisis']
    const tail = ['Explore more on these topics', 'Climate crisis', 'Oceans', 'Share', 'Reuse this content', 'Most viewed']
    const result = dropPastedPageMenus([...menu, ...STORY, ...tail])
    expect(result.lines).toEqual(STORY)
    expect(result.removed.map((removal) => removal.text)).toEqual([...menu, ...tail])
    expect(new Set(result.removed.map((removal) => removal.kind))).toEqual(new Set(['outside-the-article']))
  })

  it('keeps a headline that merely holds a menu word, a short headline set apart below a menu, and short lines above the furniture', () => {
    const headline = ['Coming Home', 'Jane Smith', 'Housing Correspondent', 'Local News', '', ...STORY.slice(1)]
    expect(dropPastedPageMenus(headline).lines).toEqual(headline)
    const underMenu = dropPastedPageMenus(['Menu', 'Search', 'Sign in', 'World', 'Business', '', 'Homes Approved', '', ...STORY.slice(1)])
    expect(underMenu.lines).toEqual(['Homes Approved', '', ...STORY.slice(1)])
    const names = [...STORY, 'She is survived by her children', '', 'Anne Black', 'Peter White', 'Mary Green', '']
    expect(dropPastedPageMenus([...names, 'Reuse this content', 'Most viewed']).lines).toEqual(names)
  })

  it('leaves a file that opens on short lines naming no menu, and one that ends on short headings', () => {
    const opening = ['Climate Report', 'Annual Review', 'Jane Smith', 'Northern Institute', ...STORY]
    expect(dropPastedPageMenus(opening).lines).toEqual(opening)
    const closing = [...STORY, 'Further reading', 'Coral reefs', 'Fisheries', 'Ocean currents']
    expect(dropPastedPageMenus(closing).lines).toEqual(closing)
    const credited = [...STORY, 'Translated by Mai Huong', 'Share', 'Related news', 'Most viewed']
    expect(dropPastedPageMenus(credited).lines).toEqual([...STORY, 'Translated by Mai Huong'])
    const seedHeader = ['ID :', '673760', 'Fri, 12/22/2023 - 08:19', 'Auther :', '', ...STORY]
    expect(dropPastedPageMenus(seedHeader).lines).toEqual(seedHeader)
  })
})
