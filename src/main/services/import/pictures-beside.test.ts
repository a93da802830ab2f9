import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseFile } from './parse-file'
import { picturesBeside } from './pictures-beside'

const png = Buffer.from(`iVBORw0KGgo${'A'.repeat(400)}`, 'base64')
const asData = (bytes: Buffer) => `data:image/png;base64,${bytes.toString('base64')}`

function savedPage(): { folder: string; page: string } {
  const root = mkdtempSync(join(tmpdir(), 'gloss-saved-page-'))
  const folder = join(root, 'site')
  mkdirSync(join(folder, 'Harbour_files'), { recursive: true })
  writeFileSync(join(folder, 'Harbour_files', 'quay photo.png'), png)
  writeFileSync(join(folder, 'Harbour_files', 'notes.txt'), 'not a picture')
  writeFileSync(join(root, 'outside.png'), png)
  symlinkSync(join(root, 'outside.png'), join(folder, 'Harbour_files', 'link.png'))
  const page = join(folder, 'Harbour.html')
  const paragraph = '<p>Boats were back on the water on Monday morning, three days after the storm closed the harbour, the harbour master said.</p>'
  writeFileSync(
    page,
    `<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>${paragraph}<figure><img src="Harbour_files/quay%20photo.png" alt="The quay"></figure>${paragraph.replace('Boats', 'Crews')}<img src="../outside.png"><img src="Harbour_files/link.png"></article></body></html>`
  )
  return { folder, page }
}

describe('picturesBeside', () => {
  it("reads a picture from the page's folder or below it, and nothing from outside it", () => {
    const { page } = savedPage()
    const picture = picturesBeside(page)
    const read = (src: string) => picture(src, 24 * 1024 * 1024)
    expect(read('Harbour_files/quay%20photo.png')).toBe(asData(png))
    expect(read('./Harbour_files/quay photo.png?v=2#x')).toBe(asData(png))
    for (const src of [
      '../outside.png',
      '%2e%2e/outside.png',
      'Harbour_files/link.png',
      'Harbour_files/notes.txt',
      'Harbour_files/missing.png',
      '/etc/passwd.png',
      '%2Fetc%2Fx.png',
      '%5C%5Cserver%5Cshare%5Cx.png',
      '%2F%2Fserver/share/x.png',
      'file:///etc/x.png',
      'https://a.org/x.png'
    ]) {
      expect(read(src)).toBeNull()
    }
    // No larger than what the article may still hold.
    expect(picturesBeside(page)('Harbour_files/quay%20photo.png', png.length - 1)).toBeNull()
  })
})

describe('a saved page imported from disk', () => {
  it('shows the pictures saved beside it; uploaded without them, it says they were left out', async () => {
    const { page } = savedPage()
    const fromDisk = (await parseFile(page)).document
    if (fromDisk.status !== 'ok') throw new Error(fromDisk.error)
    expect(fromDisk.blocks.filter((block) => block.kind === 'image')).toEqual([{ kind: 'image', text: '', image: { src: asData(png), alt: 'The quay' } }])
    expect(fromDisk.warnings.join(' ')).toMatch(/^2 picture\(s\) left out/)
    const uploaded = (await parseFile(page, new Uint8Array(readFileSync(page)))).document
    if (uploaded.status !== 'ok') throw new Error(uploaded.error)
    expect(uploaded.blocks.some((block) => block.kind === 'image')).toBe(false)
    expect(uploaded.warnings.join(' ')).toMatch(/^3 picture\(s\) left out/)
  })
})

describe('a note imported from disk', () => {
  it('shows the pictures it names beside it, Markdown images and embeds alike, and reports the rest', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gloss-note-'))
    mkdirSync(join(root, 'attachments'))
    writeFileSync(join(root, 'attachments', 'tide chart.png'), png)
    writeFileSync(join(root, 'quay.png'), png)
    const note = join(root, 'Tides.md')
    writeFileSync(
      note,
      '# Tides\n\nThe chart for the week:\n\n![Tide chart](<attachments/tide chart.png>)\n\nAnd the quay ![[quay.png|Quay at noon]] at noon, and ![gone](missing.png).\n'
    )
    const document = (await parseFile(note)).document
    if (document.status !== 'ok') throw new Error(document.error)
    expect(document.blocks.map((block) => (block.kind === 'image' ? `image:${block.image?.alt}` : block.text))).toEqual([
      'The chart for the week:',
      'image:Tide chart',
      'And the quay at noon, and .',
      'image:Quay at noon'
    ])
    expect(document.warnings).toEqual(['1 image(s) left out; alt text: "gone"'])
  })
})

describe('a saved page with a <base>', () => {
  it('finds its pictures beside it though Readability wrote their addresses out against the base', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gloss-based-page-'))
    mkdirSync(join(root, 'Story_files'))
    writeFileSync(join(root, 'Story_files', 'quay.png'), png)
    const page = join(root, 'Story.html')
    const paragraph = '<p>Boats were back on the water on Monday morning, three days after the storm closed the harbour, the harbour master said.</p>'
    writeFileSync(
      page,
      `<html><head><base href="https://news.example/coast/"><title>Harbour</title></head><body><article><h1>Harbour</h1>${paragraph}<img src="Story_files/quay.png" alt="Quay">${paragraph.replace('Boats', 'Crews')}</article></body></html>`
    )
    const document = (await parseFile(page)).document
    if (document.status !== 'ok') throw new Error(document.error)
    expect(document.blocks.filter((block) => block.kind === 'image').map((block) => block.image?.alt)).toEqual(['Quay'])
  })
})
