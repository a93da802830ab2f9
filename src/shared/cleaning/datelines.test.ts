import { describe, expect, it } from 'vitest'
import { readBylineLine } from './bylines'
import { readDateline } from './datelines'

describe('readDateline', () => {
  it('reads place, date and agency', () => {
    expect(readDateline('Hanoi, December 22 (VNA) - Applying the strategy')).toMatchObject({ place: 'Hanoi', date: 'December 22', agency: 'VNA' })
    expect(readDateline('Hanoi (VNA) – The Ministry convened')).toMatchObject({ place: 'Hanoi', date: null, agency: 'VNA' })
  })

  it('does not read an ordinary sentence with brackets as a dateline', () => {
    expect(readDateline('The Communist Party of Vietnam (CPV) has always paid attention')).toBeNull()
  })
})

describe('readBylineLine', () => {
  it('tells authors from credits', () => {
    expect(readBylineLine('By Ngoc Hung - Anh Vu')).toEqual({ role: 'author', names: 'Ngoc Hung - Anh Vu' })
    expect(readBylineLine('Translated by Mai Huong')).toEqual({ role: 'credit', names: 'Mai Huong' })
  })

  it('does not read a sentence starting with "By" as a byline', () => {
    expect(readBylineLine('By 2030, the country aims to double its exports.')).toBeNull()
  })

  it('takes no apposition after a name and its initials for a dateline', () => {
    expect(readDateline('Petrovietnam (PVN) - the state energy group, said output rose.')).toBeNull()
  })

  it('reads a dateline alone on its line or before a word that starts in lowercase', () => {
    expect(readDateline('Hanoi (VNA) -')?.agency).toBe('VNA')
    expect(readDateline('Hanoi (VNA) – iPhone sales rose.')?.agency).toBe('VNA')
  })
})
