import { describe, expect, it } from 'vitest'
import { createExportJob } from './export-job'
import { fixtureArticle, fixtureMeta, fullOptions } from '../../../shared/export/test-fixtures'
import type { ExportArticle } from '../../../shared/export'

function titled(id: string, title: string): ExportArticle {
  return { ...fixtureArticle(), meta: fixtureMeta({ id, title }) }
}

describe('export job', () => {
  it('keeps file names unique across batches, as one call would', () => {
    const job = createExportJob('md', 'file-per-article', fullOptions())
    job.append([titled('a', 'Same title'), titled('b', 'Other')])
    job.append([titled('c', 'Same title'), titled('d', 'same TITLE')])
    expect(job.files().map((file) => file.fileName)).toEqual(['Same title.md', 'Other.md', 'Same title (2).md', 'same TITLE (3).md'])
    expect(job.counts()).toEqual({ articleCount: 4, highlightCount: 4 * fixtureArticle().highlights.length })
  })

  it('keeps a title that itself ends in a number in brackets', () => {
    const job = createExportJob('html', 'file-per-article', fullOptions())
    job.append([titled('a', 'Chapter (2)')])
    expect(job.files().map((file) => file.fileName)).toEqual(['Chapter (2).html'])
  })

  it('renders a single file from every batch at the end: one CSV header, every row', () => {
    const job = createExportJob('csv', 'single-file', fullOptions())
    job.append([titled('a', 'First')])
    job.append([titled('b', 'Second')])
    const files = job.files()
    expect(files).toHaveLength(1)
    const lines = files[0]!.content.split('\n')
    expect(lines.filter((line) => line.startsWith('Highlight,Title')).length).toBe(1)
    expect(files[0]!.content).toContain('First')
    expect(files[0]!.content).toContain('Second')
  })

  it('has no files when nothing was appended', () => {
    expect(createExportJob('w3c', 'single-file', fullOptions()).files()).toEqual([])
  })
})
