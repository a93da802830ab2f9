// Where a floating toolbar or popover goes: beside its anchor, but always inside the viewport.

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

const POPOVER_HALF_WIDTH = 190

/** A tall popover under its anchor, or above it when the lower part of the window is too short; it scrolls inside. */
export function popoverPosition(anchor: DOMRect): { top?: number; bottom?: number; left: number; maxHeight: number } {
  const left = Math.min(Math.max(anchor.left + anchor.width / 2, POPOVER_HALF_WIDTH + MARGIN), window.innerWidth - POPOVER_HALF_WIDTH - MARGIN)
  const roomBelow = window.innerHeight - anchor.bottom - 2 * MARGIN
  const roomAbove = anchor.top - 2 * MARGIN
  if (roomBelow >= 320 || roomBelow >= roomAbove) return { top: Math.max(MARGIN, anchor.bottom + MARGIN), left, maxHeight: Math.max(160, roomBelow) }
  return { bottom: window.innerHeight - anchor.top + MARGIN, left, maxHeight: Math.max(160, roomAbove) }
}
