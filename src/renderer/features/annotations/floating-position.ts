// Where a floating toolbar goes: beside its anchor, but always inside the viewport.

const MARGIN = 8
const TOOLBAR_HEIGHT = 44
const HALF_WIDTH = 150

/** Viewport coordinates for a toolbar centred above (or, when there is no room, below) a rectangle. */
export function floatingPosition(anchor: DOMRect, placement: 'above' | 'below'): { top: number; left: number } {
  const above = anchor.top - TOOLBAR_HEIGHT - MARGIN
  const below = anchor.bottom + MARGIN
  const preferred = placement === 'above' ? (above >= MARGIN ? above : below) : below
  const top = Math.min(Math.max(preferred, MARGIN), window.innerHeight - TOOLBAR_HEIGHT - MARGIN)
  const left = Math.min(Math.max(anchor.left + anchor.width / 2, HALF_WIDTH + MARGIN), window.innerWidth - HALF_WIDTH - MARGIN)
  return { top, left }
}
