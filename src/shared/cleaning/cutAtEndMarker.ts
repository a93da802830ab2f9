// Wire stories end with the marker "./."; what a scraper picked up after it (category labels,
// teasers of other stories, a stray "X") is not part of the article.
import type { Removal } from '../model/document'
import { isCmsDebris } from './dropCmsDebris'

/** The lines up to the end marker, and the removed marker and lines after it. */
export interface EndMarkerCut {
  lines: string[]
  /** Lines after the marker, still whole, so a byline there can be recovered. */
  afterMarker: string[]
  removed: Removal[]
  found: boolean
}

// "he went on./." and a lone "./." line; the marker must end the line.
const END_MARKER = /\s*\.?\/\.\s*$/

/** Cuts the article at the first line ending in the wire end marker "./.", keeping that line's sentence. */
export function cutAtEndMarker(lines: readonly string[]): EndMarkerCut {
  const markerIndex = lines.findIndex((line) => line.includes('/.') && END_MARKER.test(line))
  if (markerIndex < 0) return { lines: [...lines], afterMarker: [], removed: [], found: false }
  const markerLine = lines[markerIndex] ?? ''
  const sentence = markerLine.replace(END_MARKER, '')
  const kept = lines.slice(0, markerIndex)
  if (sentence !== '') kept.push(/[.!?…"”’)]$/.test(sentence) ? sentence : `${sentence}.`)
  const afterMarker = lines.slice(markerIndex + 1)
  const removed: Removal[] = [{ kind: 'end-marker', text: markerLine.slice(sentence.length).trim() }]
  return { lines: kept, afterMarker, removed, found: true }
}

/** Records lines after the end marker as removed: scraper debris, or teasers of other stories. */
export function describeAfterMarker(lines: readonly string[]): Removal[] {
  return lines.filter((line) => line !== '').map((line) => ({ kind: isCmsDebris(line) ? 'cms-debris' : 'teaser', text: line }))
}
