// Wire pages open with a standfirst that the story then restates in its own words;
// that first paragraph is the article's summary, not the start of its body.
import type { Block } from '../model/document'
import { pairContainment, paragraphShape } from './paragraphSimilarity'

// A restatement shares a good part of its word pairs with a later paragraph, short of a repeat.
const RESTATEMENT_CONTAINMENT = 0.4
const MIN_SUMMARY_WORDS = 12
// A standfirst is restated early in the story, within its first paragraphs.
const RESTATEMENT_WINDOW = 10

/**
 * Marks the first block 'summary' when it is a standfirst: one the header set apart (between the
 * title and the byline), or one that a later paragraph restates.
 */
export function markSummary(blocks: readonly Block[], setApart = false): Block[] {
  const first = blocks[0]
  // A standfirst set apart is one whatever its ending: many have no full stop, which would read as a heading.
  if (setApart && (first?.kind === 'paragraph' || first?.kind === 'heading')) return [{ ...first, kind: 'summary' as const }, ...blocks.slice(1)]
  if (first === undefined || first.kind !== 'paragraph') return [...blocks]
  const { words, pairs } = paragraphShape(first.text)
  if (words < MIN_SUMMARY_WORDS) return [...blocks]
  const restated = blocks
    .slice(1, RESTATEMENT_WINDOW + 1)
    .some((block) => block.kind === 'paragraph' && pairContainment(pairs, paragraphShape(block.text).pairs) >= RESTATEMENT_CONTAINMENT)
  return restated ? [{ ...first, kind: 'summary' as const }, ...blocks.slice(1)] : [...blocks]
}
