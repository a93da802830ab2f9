// Maps a DOM selection inside the rendered article back to plain-text offsets. Every rendered
// run carries `data-start`, its offset in the article's plain text, and holds one text node.

/** The article plain-text offset of a DOM point, or null when it is outside any run. */
export function offsetOfPoint(root: Element, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-start]')
    if (!run || !root.contains(run)) return null
    return Number(run.dataset.start) + offset
  }
  if (!(node instanceof Element)) return null
  // A point between children: use the start of the child after it, or the end of the one before.
  const after = node.childNodes[offset]
  if (after) {
    const run = firstRun(after)
    if (run) return Number(run.dataset.start)
  }
  const before = node.childNodes[offset - 1]
  if (before) {
    const run = lastRun(before)
    if (run) return Number(run.dataset.start) + (run.textContent ?? '').length
  }
  const own = node.closest<HTMLElement>('[data-start]')
  if (own && root.contains(own)) return Number(own.dataset.start)
  // A point on a picture, which has no text: its block's place in the text.
  const block = node.closest<HTMLElement>('[data-offset]')
  return block && root.contains(block) ? Number(block.dataset.offset) : null
}

function firstRun(node: Node): HTMLElement | null {
  if (node instanceof HTMLElement && node.dataset.start !== undefined) return node
  return node instanceof Element ? node.querySelector<HTMLElement>('[data-start]') : null
}

function lastRun(node: Node): HTMLElement | null {
  if (node instanceof HTMLElement && node.dataset.start !== undefined) return node
  if (!(node instanceof Element)) return null
  const runs = node.querySelectorAll<HTMLElement>('[data-start]')
  return runs[runs.length - 1] ?? null
}

/** The current selection's [start, end) in plain-text offsets, trimmed of surrounding spaces. */
export function selectionOffsets(root: Element, text: string): { start: number; end: number } | null {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  if (!root.contains(range.commonAncestorContainer)) return null
  let start = offsetOfPoint(root, range.startContainer, range.startOffset)
  let end = offsetOfPoint(root, range.endContainer, range.endOffset)
  if (start === null || end === null) return null
  if (start > end) [start, end] = [end, start]
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  return end > start ? { start, end } : null
}
