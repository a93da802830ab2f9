import { describe, expect, it } from 'vitest'
import { chooseFor, countChoices } from './duplicate-choices'

describe('chooseFor', () => {
  it('changes only the chosen duplicate', () => {
    expect(chooseFor(['skip', 'skip', 'skip'], 1, 'replace', false)).toEqual(['skip', 'replace', 'skip'])
  })

  it('changes every duplicate when applying to all', () => {
    expect(chooseFor(['skip', 'replace', 'skip'], 0, 'keep-both', true)).toEqual(['keep-both', 'keep-both', 'keep-both'])
  })

  it('lets only one new file replace a library article: the one just chosen, or the first when all are', () => {
    const targets = ['a', 'b', 'a']
    expect(chooseFor(['replace', 'skip', 'skip'], 2, 'replace', false, targets)).toEqual(['skip', 'skip', 'replace'])
    expect(chooseFor(['skip', 'skip', 'replace'], 0, 'replace', false, targets)).toEqual(['replace', 'skip', 'skip'])
    expect(chooseFor(['skip', 'skip', 'skip'], 1, 'replace', true, targets)).toEqual(['replace', 'replace', 'skip'])
    expect(chooseFor(['replace', 'skip', 'skip'], 2, 'keep-both', false, targets)).toEqual(['replace', 'skip', 'keep-both'])
  })
})

describe('countChoices', () => {
  it('counts each kind of choice', () => {
    expect(countChoices(['skip', 'replace', 'skip'])).toEqual({ skip: 2, 'keep-both': 0, replace: 1 })
  })
})
