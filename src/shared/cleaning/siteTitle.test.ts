import { describe, expect, it } from 'vitest'
import { headlineByHeading, stripSiteName } from './siteTitle'

describe('stripSiteName', () => {
  it('drops the site name at either end of the title', () => {
    expect(stripSiteName('Shovel Knight review: rewrite history | Polygon', ['Polygon'])).toBe('Shovel Knight review: rewrite history')
    expect(stripSiteName('TechCrunch | 2005 Zuckerberg Didn’t Want To Take Over The World', ['TechCrunch'])).toBe(
      '2005 Zuckerberg Didn’t Want To Take Over The World'
    )
    expect(stripSiteName('Five Social Media Lessons for Business - BusinessWeek', ['BusinessWeek'])).toBe('Five Social Media Lessons for Business')
    expect(stripSiteName("World's hottest chilli contest leaves two in hospital - Telegraph", ['Telegraph.co.uk'])).toBe(
      "World's hottest chilli contest leaves two in hospital"
    )
    expect(stripSiteName('Apple says Steve Jobs resigning as CEO - Yahoo! News', ['Yahoo! News'])).toBe('Apple says Steve Jobs resigning as CEO')
  })

  it('drops a name that the site name contains, or the author', () => {
    expect(stripSiteName('Voice interfaces • Dustin Curtis', ['Dustin Curtis on Svbtle'])).toBe('Voice interfaces')
    expect(stripSiteName('2012 map takes unfamiliar shape - Maggie Haberman', ['POLITICO', 'Maggie Haberman and Shira Toeplitz'])).toBe(
      '2012 map takes unfamiliar shape'
    )
  })

  it('drops a section or author between the headline and the site', () => {
    expect(stripSiteName('港特首梁振英就住宅违建事件道歉 - BBC中文网 - 两岸三地', ['BBC'])).toBe('港特首梁振英就住宅违建事件道歉')
    expect(stripSiteName('2012 map takes unfamiliar shape - Maggie Haberman - POLITICO.com', ['POLITICO'])).toBe('2012 map takes unfamiliar shape')
  })

  it('leaves titles whose dashes and colons belong to the headline', () => {
    expect(stripSiteName('COVID-19 vaccines: what we know', ['Daily'])).toBe('COVID-19 vaccines: what we know')
    expect(stripSiteName('Ukraine war - live updates', ['Daily'])).toBe('Ukraine war - live updates')
    expect(stripSiteName('Man bites dog in Hanoi - Vietnam', [])).toBe('Man bites dog in Hanoi - Vietnam')
    expect(stripSiteName('Review - Dune Part Two - The Daily', ['The Daily'])).toBe('Review - Dune Part Two')
    expect(stripSiteName('Newcastle United 0 - 2 Chelsea | The Guardian', ['The Guardian'])).toBe('Newcastle United 0 - 2 Chelsea')
    expect(stripSiteName('Interview with the president — part 2 | CNN', ['CNN'])).toBe('Interview with the president — part 2')
    expect(stripSiteName('GOP debate: Trump vs. Cruz - Round 2 - Fox News', ['Fox News'])).toBe('GOP debate: Trump vs. Cruz - Round 2')
  })

  it('keeps a title that is only the site name', () => {
    expect(stripSiteName('Polygon | Polygon', ['Polygon'])).toBe('Polygon')
    expect(stripSiteName('Polygon', ['Polygon'])).toBe('Polygon')
  })

  it('takes the side of the title that the page heading repeats when no site name is known', () => {
    expect(headlineByHeading('The River Came Back | The Daily Planet', ['The River Came Back'])).toBe('The River Came Back')
    expect(headlineByHeading('The Daily Planet – The river came back', ['THE RIVER CAME BACK'])).toBe('The river came back')
    expect(headlineByHeading('Newcastle United 0 - 2 Chelsea', ['Match report'])).toBe('Newcastle United 0 - 2 Chelsea')
  })

  it('keeps the title when a logo heading repeats the site name beside the headline heading', () => {
    expect(headlineByHeading('The Daily Planet | The River Came Back', ['The Daily Planet', 'The River Came Back'])).toBe(
      'The Daily Planet | The River Came Back'
    )
  })
})
