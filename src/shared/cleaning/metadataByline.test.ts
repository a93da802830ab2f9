import { describe, expect, it } from 'vitest'
import { cleanBylineValue } from './metadataByline'

describe('cleanBylineValue', () => {
  it('keeps the names, without the "By" and the spacing pages give them', () => {
    expect(cleanBylineValue('By  Ed Hornick, CNN')).toBe('Ed Hornick, CNN')
    expect(cleanBylineValue('By: Marguerite Reardon')).toBe('Marguerite Reardon')
    expect(cleanBylineValue('by Rose Orlik')).toBe('Rose Orlik')
    expect(cleanBylineValue('Par Lilian Alemagna')).toBe('Lilian Alemagna')
    expect(cleanBylineValue('Linette Lopez')).toBe('Linette Lopez')
    expect(cleanBylineValue('Doug Stanglin, USA TODAY')).toBe('Doug Stanglin, USA TODAY')
  })

  it('cuts the date, time or section that follows the names', () => {
    expect(cleanBylineValue('by Justin Yu     July 17, 2013 2:30 PM PDT')).toBe('Justin Yu')
    expect(cleanBylineValue('by David Gura | Apr 19, 2013')).toBe('David Gura')
    expect(cleanBylineValue('By Seth Fiegerman2014-01-26 19:45:12 UTC')).toBe('Seth Fiegerman')
    expect(cleanBylineValue('By Sam Byford\n  on June 29, 2014')).toBe('Sam Byford')
  })

  it('gives shouted names ordinary capitals, leaving the agency after a comma', () => {
    expect(cleanBylineValue('By JORDAN ROBERTSON, AP')).toBe('Jordan Robertson, AP')
    expect(cleanBylineValue('Par LILIAN ALEMAGNA')).toBe('Lilian Alemagna')
    expect(cleanBylineValue('BY JANE DOE AND MARY LEE')).toBe('Jane Doe and Mary Lee')
    expect(cleanBylineValue('JORDAN ROBERTSON and RACHEL METZ - AP Technology Writers')).toBe('Jordan Robertson and Rachel Metz - AP Technology Writers')
    expect(cleanBylineValue('DAVID LIEBERMAN, Executive Editor')).toBe('David Lieberman, Executive Editor')
    expect(cleanBylineValue('AP')).toBe('AP')
  })

  it('names no one for a URL, a domain, a bare date or an empty value', () => {
    expect(cleanBylineValue('http://www.businessinsider.com/author/nicholas-carlson')).toBeNull()
    expect(cleanBylineValue('www.slate.fr')).toBeNull()
    expect(cleanBylineValue('elmundo.es')).toBeNull()
    expect(cleanBylineValue('9:39AM BST 05 Oct 2011')).toBeNull()
    expect(cleanBylineValue('  ')).toBeNull()
    expect(cleanBylineValue(null)).toBeNull()
  })

  it('finds the names on the line after a lone "By"', () => {
    expect(cleanBylineValue('By\n  Jane Doe')).toBe('Jane Doe')
  })

  it('keeps a surname that is a month', () => {
    expect(cleanBylineValue('By Brian May 3 hours ago')).toBe('Brian May')
    expect(cleanBylineValue('Theresa May 12 June 2019')).toBe('Theresa May')
    expect(cleanBylineValue('by Jane Smith May 3, 2020')).toBe('Jane Smith')
    expect(cleanBylineValue('Roger Taylor and Brian May 3 hours ago')).toBe('Roger Taylor and Brian May')
  })

  it('capitalises after an apostrophe and keeps agencies’ initials', () => {
    expect(cleanBylineValue("MARY O'BRIEN")).toBe("Mary O'Brien")
    expect(cleanBylineValue('BBC NEWS')).toBe('BBC News')
    expect(cleanBylineValue('CNN STAFF')).toBe('CNN Staff')
  })

  it('keeps a long list of names', () => {
    const names = 'Ann Lee, Bo Chen, Carla Diaz, Dan Evans, Eve Ford, Finn Gale and Gus Hale'
    expect(cleanBylineValue(names)).toBe(names)
  })

  it('names no one for a paragraph taken for a byline', () => {
    expect(cleanBylineValue('This article was written with the help of many people who contributed reporting from several cities')).toBeNull()
  })

  it('leaves no lead-in of a cut date or profile link beside the names', () => {
    expect(cleanBylineValue('By Jane Smith on March 3, 2021')).toBe('Jane Smith')
    expect(cleanBylineValue('Jane Smith @ 10:30 AM')).toBe('Jane Smith')
    expect(cleanBylineValue('Jane Smith (@janesmith)')).toBe('Jane Smith')
    expect(cleanBylineValue('Jane Smith Email Twitter')).toBe('Jane Smith')
  })
})
