// Selecting a phrase with the mouse even when highlights have split it into several runs
// (selectPhrase in app.ts needs the phrase inside one text node).
import { expect, type Page } from '@playwright/test'

/** Drags the mouse across `phrase` in the article, wherever its marks and spans begin and end. */
export async function selectAcross(app: Page, phrase: string): Promise<void> {
  await expect(app.locator('.article-text')).toContainText(phrase)
  const box = await app.evaluate((wanted) => {
    for (const block of document.querySelectorAll('.article-text > .block')) {
      const nodes: Text[] = []
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
      const joined = nodes.map((node) => node.data).join('')
      const index = joined.indexOf(wanted)
      if (index < 0) continue
      const locate = (offset: number, preferEnd: boolean): [Text, number] => {
        let seen = 0
        for (const node of nodes) {
          const inside = preferEnd ? offset <= seen + node.data.length : offset < seen + node.data.length
          if (inside) return [node, offset - seen]
          seen += node.data.length
        }
        const last = nodes[nodes.length - 1]!
        return [last, last.data.length]
      }
      const range = document.createRange()
      range.setStart(...locate(index, false))
      range.setEnd(...locate(index + wanted.length, true))
      ;(block as HTMLElement).scrollIntoView({ block: 'center' })
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0)
      const first = rects[0]!
      const last = rects[rects.length - 1]!
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 }
    }
    return null
  }, phrase)
  if (!box) throw new Error(`Phrase not found in the article: ${phrase}`)
  await app.mouse.move(box.x1, box.y1)
  await app.mouse.down()
  await app.mouse.move(box.x2, box.y2, { steps: 8 })
  await app.mouse.up()
}
