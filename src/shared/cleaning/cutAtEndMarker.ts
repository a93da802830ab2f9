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

// "he went on./.", "stage/.", a lone "./." line, and inside a closing quote ("… win./.”); the
// marker ends the line. A link ending a sentence ("… at qdnd.vn/.") is not one.
const END_MARKER = /(\.?\/\.)(["”’»)]*)\s*$/u
const ADDRESS_LIKE = /:\/\/|^www\.|\.\p{L}{2,}(?:\/|$)/iu

function findMarker(line: string): RegExpExecArray | null {
  if (!line.includes('/.')) return null
  const marker = END_MARKER.exec(line)
  if (marker === null) return null
  const token = line.slice(0, marker.index).split(/\s/).pop() ?? ''
  return ADDRESS_LIKE.test(token) ? null : marker
}

/** Cuts the article at the first line ending in the wire end marker "./.", keeping that line's sentence. */
export function cutAtEndMarker(lines: readonly string[]): EndMarkerCut {
  const markerIndex = lines.findIndex((line) => findMarker(line) !== null)
  if (markerIndex < 0) return { lines: [...lines], afterMarker: [], removed: [], found: false }
  const markerLine = lines[markerIndex] ?? ''
  const marker = findMarker(markerLine)!
  const [, slash = '', closers = ''] = marker
  const sentence = markerLine.slice(0, marker.index).trimEnd()
  const kept = lines.slice(0, markerIndex)
  if (sentence !== '') kept.push((/[.!?…"”’)]$/.test(sentence) ? sentence : `${sentence}.`) + closers)
  const afterMarker = lines.slice(markerIndex + 1)
  const removed: Removal[] = [{ kind: 'end-marker', text: slash }]
  return { lines: kept, afterMarker, removed, found: true }
}

/** Records lines after the end marker as removed: scraper debris, or teasers of other stories. */
export function describeAfterMarker(lines: readonly string[]): Removal[] {
  return lines.filter((line) => line !== '').map((line) => ({ kind: isCmsDebris(line) ? 'cms-debris' : 'teaser', text: line }))
}
