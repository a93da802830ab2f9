import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)
const STORY = 'The council met on the river bank to weigh the new flood plan, which farmers upstream have long opposed.'

describe('parseDocument', () => {
  it("leaves a Markdown note's camel case as its author typed it (names, inline code), while glued lowercase words are split", async () => {
    const note = await parseDocument(
      '/notes/hooks.md',
      bytes(
        `# Hooks\n\nCall \`useState\` first, then \`setCount\` inside \`onClick\`, as MarketWatch and ActionAid advise on territorialsovereignty.\n\n${STORY}\n`
      )
    )
    expect(note.status === 'ok' && note.blocks.map((block) => block.text)).toEqual([
      'Call useState first, then setCount inside onClick, as MarketWatch and ActionAid advise on territorial sovereignty.',
      STORY
    ])
    // A scraped text file's glue is still repaired.
    const scrape = await parseDocument('/scrapes/hooks.txt', bytes(`Hooks\n\n${STORY} The meeting ofNational delegates ended.\n`))
    expect(scrape.status === 'ok' && scrape.repairs.map((repair) => repair.after)).toContain('of National')
  })

  it("keeps the lines a Markdown note's author typed that a scrape's CMS would leak, and still drops layout words", async () => {
    const lines = ['Tags: research, tooling', 'Share', 'X', '{{date}}', 'Centre', 'leftcenterrightdel']
    const note = await parseDocument('/notes/tools.md', bytes(`# Tools\n\n${STORY}\n\n${lines.join('\n\n')}\n`))
    expect(note.status === 'ok' && note.blocks.map((block) => block.text)).toEqual([STORY, ...lines.slice(0, 5)])
    expect(note.status === 'ok' && note.removed).toContainEqual({ kind: 'cms-debris', text: 'leftcenterrightdel' })
    // A page clipped from the web into a note (its front matter names the page) has them as debris.
    const clipped = await parseDocument('/notes/clip.md', bytes(`---\nsource: https://news.example/tools\n---\n# Tools\n\n${STORY}\n\n${lines.join('\n\n')}\n`))
    // A lone layout word may be a heading or a note's word: only run together is it debris.
    const debris = lines.filter((line) => line !== 'Centre')
    expect(clipped.status === 'ok' && clipped.blocks.map((block) => block.text)).toEqual([STORY, 'Centre'])
    // The same lines in a scraped text file are debris.
    const scrape = await parseDocument('/scrapes/tools.txt', bytes(`Tools\n\n${STORY}\n\n${lines.join('\n\n')}\n`))
    expect(scrape.status === 'ok' && scrape.blocks.map((block) => block.text)).not.toContain(lines[0])
    expect(scrape.status === 'ok' && scrape.removed.map((removal) => removal.text)).toEqual(expect.arrayContaining(debris))
  })

  it("reads a pasted news page's byline and date below its standfirst, and keeps the standfirst as the summary", async () => {
    const standfirst = 'The £40m scheme will protect 2,000 homes, but farmers upstream say it moves the risk onto their land.'
    const page = [
      'Home',
      'News',
      'Sport',
      'Sign in',
      'Menu',
      '',
      'Council approves new flood defences',
      '',
      standfirst,
      '',
      'By Sarah Chen',
      '12 March 2024',
      '',
      STORY,
      '',
      STORY.replace('council', 'board')
    ]
    const parsed = await parseDocument('/pasted/flood.txt', bytes(page.join('\n')))
    expect(parsed).toMatchObject({ status: 'ok', title: 'Council approves new flood defences', byline: 'Sarah Chen', publishedAt: '2024-03-12' })
    expect(parsed.status === 'ok' && parsed.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['summary', standfirst],
      ['paragraph', STORY],
      ['paragraph', STORY.replace('council', 'board')]
    ])
  })

  it("reads a pasted page's standfirst without a full stop as its summary, above a byline signed with the writer's role", async () => {
    const standfirst = 'Chancellor under pressure from backbenchers to cut income tax despite warnings from economists'
    const page = ['Sunak faces fresh pressure over tax cuts', '', standfirst, 'Peter Walker', 'Deputy political editor', 'Mon 4 Mar 2024 12.50 GMT', '', STORY]
    const parsed = await parseDocument('/pasted/budget.txt', bytes(page.join('\n')))
    expect(parsed).toMatchObject({ status: 'ok', title: 'Sunak faces fresh pressure over tax cuts', byline: 'Peter Walker', publishedAt: '2024-03-04T12:50' })
    expect(parsed.status === 'ok' && parsed.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['summary', standfirst],
      ['paragraph', STORY]
    ])
  })

  it('reads the header date of an article in French day first, and of one in English month first', async () => {
    const french =
      "Le gouvernement renforce la protection des côtes\n04/03/2024 10:05\n\nLe gouvernement a présenté mardi un projet de loi sur la protection des côtes, qui prévoit une hausse des crédits pour les communes et un plan de relogement des habitants les plus exposés à l'érosion.\n"
    expect(await parseDocument('/news/cotes.txt', bytes(french))).toMatchObject({ status: 'ok', language: 'fr', publishedAt: '2024-03-04T10:05' })
    const english = `Flood plan agreed\n04/03/2024 10:05\n\n${STORY} ${STORY}\n`
    expect(await parseDocument('/news/flood.txt', bytes(english))).toMatchObject({ status: 'ok', language: 'en', publishedAt: '2024-04-03T10:05' })
    // An English article whose other dates are written day first has its header read day first.
    const british = `Flood plan agreed\n04/03/2024 10:05\n\n${STORY} The consultation closed on 22/02/2024.\n`
    expect(await parseDocument('/news/flood.txt', bytes(british))).toMatchObject({ status: 'ok', language: 'en', publishedAt: '2024-03-04T10:05' })
  })

  it("keeps a metadata date without a year as the article's partial date", async () => {
    const note = await parseDocument('/notes/tides.md', bytes(`---\ntitle: Tides\ndate: March 5\n---\n\n${STORY}`))
    expect(note).toMatchObject({ status: 'ok', title: 'Tides', publishedAt: null, publishedPartial: 'March 5' })
  })

  it("prefers a full date in the page's text to a yearless one in its metadata", async () => {
    const page = `<html><head><meta name="date" content="March 5"><title>Flood plan</title></head><body><article><h1>Flood plan</h1><p>March 5, 2024</p><p>${STORY}</p><p>${STORY}</p></article></body></html>`
    expect(await parseDocument('/pages/flood.html', bytes(page))).toMatchObject({ status: 'ok', publishedAt: '2024-03-05', publishedPartial: null })
  })

  it("prefers the page's full date to the metadata's month of the same date", async () => {
    const page = `<html><head><meta name="date" content="March 2024"><title>Flood plan</title></head><body><article><h1>Flood plan</h1><p>March 5, 2024</p><p>${STORY}</p><p>${STORY}</p></article></body></html>`
    expect(await parseDocument('/pages/flood.html', bytes(page))).toMatchObject({ status: 'ok', publishedAt: '2024-03-05' })
    const other = page.replace('March 5, 2024', 'April 5, 2024')
    expect(await parseDocument('/pages/flood.html', bytes(other))).toMatchObject({ status: 'ok', publishedAt: '2024-03' })
  })

  it('prefers a full metadata date to a yearless one in the text', async () => {
    const note = await parseDocument('/notes/tides.md', bytes(`---\ndate: 2024-03-05\n---\n\nMarch 5\n\n${STORY}`))
    expect(note).toMatchObject({ status: 'ok', publishedAt: '2024-03-05', publishedPartial: null })
  })
})
