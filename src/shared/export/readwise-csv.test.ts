import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { exportAsReadwiseCsv, formatReadwiseDate } from './readwise-csv'
import { fixtureArticle, fixtureMeta, fullOptions } from './test-fixtures'

function parseCsv(content: string): string[][] {
  const result = Papa.parse<string[]>(content, { skipEmptyLines: true })
  expect(result.errors).toEqual([])
  return result.data
}

describe('exportAsReadwiseCsv', () => {
  const article = fixtureArticle()
  const [file] = exportAsReadwiseCsv([article], fullOptions(), 'single-file')
  const [header, ...rows] = parseCsv(file?.content ?? '')

  it('writes exactly the Readwise header and one row per highlight', () => {
    expect(file?.content.startsWith('Highlight,Title,Author,URL,Note,Location,Date\r\n')).toBe(true)
    expect(header).toEqual(['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'])
    expect(rows).toHaveLength(article.highlights.length)
    expect(file?.fileName).toBe('Gloss export 2024-06-01.csv')
  })

  it('round-trips quotes, commas, newlines, Vietnamese and emoji', () => {
    const first = rows[0] ?? []
    expect(first[0]).toBe('Thủ tướng Phạm Minh')
    expect(first[1]).toBe('Phạm Minh Chính: "Borders", <b>bold</b> & more')
    expect(first[2]).toBe('Nguyễn Văn A, staff')
    expect(first[3]).toBe('https://example.com/a?x=1&y=2')
    expect(first[4]).toBe('.Việt-Nam .Key-point Phạm, "quoted", comma\nnewline 😀')
    const cross = rows.find((row) => row[0]?.startsWith('today.'))
    expect(cross?.[0]).toBe('today.\n\nA second line')
    expect(rows.find((row) => row[0]?.startsWith('Minh'))?.[4]).toBe(
      '.diplomacy-border .quotes .Evidence **Bold** claim, \\<script\\>x\\</script\\>\n\n- point'
    )
  })

  it('writes numeric locations in reading order and UTC dates', () => {
    const locations = rows.map((row) => Number(row[5]))
    expect(locations.every(Number.isInteger)).toBe(true)
    expect(locations.slice(0, 4)).toEqual([...locations.slice(0, 4)].sort((a, b) => a - b))
    expect(rows[0]?.[6]).toBe('2024-05-01 08:30:15')
    expect(formatReadwiseDate(Date.UTC(2023, 0, 2, 3, 4, 5))).toBe('2023-01-02 03:04:05')
  })

  it('leaves the URL empty when the source is not a web address, and protects action tags', () => {
    const local = { ...fixtureArticle(), meta: fixtureMeta({ source: 'C:\\docs\\a.html', byline: null }) }
    local.highlights = [{ ...local.highlights[0]!, tags: ['h1', 'c2'] }]
    const [csv] = exportAsReadwiseCsv([local], fullOptions({ includeColors: false }), 'file-per-article')
    const [, row] = parseCsv(csv?.content ?? '')
    expect(row?.[2]).toBe('')
    expect(row?.[3]).toBe('')
    expect(row?.[4]?.startsWith('.h1_ .c2_ ')).toBe(true)
  })

  it("fills the URL with the article's own address when it has one", () => {
    const clipped = { ...fixtureArticle(), meta: fixtureMeta({ source: 'Coast Gazette', url: 'https://news.example/storm' }) }
    const [csv] = exportAsReadwiseCsv([clipped], fullOptions(), 'file-per-article')
    const [, row] = parseCsv(csv?.content ?? '')
    expect(row?.[3]).toBe('https://news.example/storm')
  })

  it('writes a header even with no highlights', () => {
    const empty = { ...fixtureArticle(), highlights: [] }
    const [csv] = exportAsReadwiseCsv([empty], fullOptions(), 'single-file')
    expect(parseCsv(csv?.content ?? '')).toEqual([['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date']])
  })
})
