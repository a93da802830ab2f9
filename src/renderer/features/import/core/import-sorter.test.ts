import { describe, expect, it } from 'vitest'
import { DuplicateIndex, signature } from '../../../../shared/duplicates'
import type { ImportResult } from '../../../../shared/ipc/import-schemas'
import { ImportSorter } from './import-sorter'
import { countWords } from '../../../../shared/model/text'

function result(path: string, text: string): ImportResult {
  return {
    document: {
      status: 'ok',
      path,
      duplicateOf: null,
      title: path,
      byline: null,
      publishedAt: null,
      publishedPartial: null,
      source: null,
      url: null,
      language: 'en',
      blocks: [{ kind: 'paragraph', text }],
      wordCount: countWords(text),
      removed: [],
      repairs: [],
      warnings: [],
      format: 'txt',
      originalText: text
    },
    signature: Array.from(signature(text))
  }
}

describe('ImportSorter', () => {
  const a =
    'Hanoi, December 22 (VNA) - Applying the strategy of defending the country into the future, the Party has always paid attention to expanding solidarity and international cooperation. Vietnam has opened 33 military attaché offices in foreign countries and allowed 52 countries to open theirs in Vietnam.'
  const b =
    'International integration in terms of defence not only serves the protection of the Fatherland but also contributes to peace in the region. The ministry has signed cooperation documents with partners and joined United Nations peacekeeping operations with field hospitals and engineering units.'

  it('finds a duplicate of an article already in the library', () => {
    const index = new DuplicateIndex()
    index.add('library-1', signature(a))
    const sorter = new ImportSorter(index)
    const sorted = sorter.sort([result('again.txt', a.replace(/Vietnam/g, 'Viet Nam')), result('new.txt', b)])
    expect(sorted.fresh.map((article) => article.document.path)).toEqual(['new.txt'])
    expect(sorted.duplicates.map((found) => [found.article.document.path, sorter.existingIdOf(found)])).toEqual([['again.txt', 'library-1']])
  })

  it('finds a second copy within one import, naming the stored first copy', () => {
    const sorter = new ImportSorter(new DuplicateIndex())
    const first = sorter.sort([result('first.txt', b), result('copy.txt', b)])
    expect(first.fresh).toHaveLength(1)
    sorter.stored(first.fresh, ['stored-id'])
    const later = sorter.sort([result('third.txt', b)])
    expect([...first.duplicates, ...later.duplicates].map((found) => sorter.existingIdOf(found))).toEqual(['stored-id', 'stored-id'])
  })

  it('reports failures with their message', () => {
    const sorter = new ImportSorter(new DuplicateIndex())
    const sorted = sorter.sort([{ document: { status: 'error', path: 'x.pdf', error: '"x.pdf" is damaged' }, signature: null }])
    expect(sorted.failures).toEqual([{ path: 'x.pdf', error: '"x.pdf" is damaged' }])
  })
})
