// A character diff tuned for moving highlights: minimal, and with each edit slid
// to the nearest word or line boundary, since several scripts are equally short
// ("M|ore news. M|eanwhile" or "|More news. Meanwhile") and only one keeps words whole.
import DiffMatchPatch from 'diff-match-patch'

/** One step of a diff: -1 deleted from the old text, 1 inserted in the new, 0 shared. */
export type DiffStep = [number, string]

const differ = new DiffMatchPatch()
// No time limit: with one, diff-match-patch falls back to a "half match" speed-up
// that can return a far-from-minimal diff around repeated phrases, and then
// highlights land on the wrong copy. Myers' algorithm is O(N + D^2) in practice,
// fast for the small, scattered edits re-cleaning makes.
differ.Diff_Timeout = 0
// A minimal diff pairs stray letters of a removed paragraph with those of an inserted
// sentence nearby ("f", "al", " the "); shared stretches shorter than this, with edits
// on both sides, are treated as part of the rewrite instead.
differ.Diff_EditCost = 8

/** Diffs two versions of a text, with edits slid to word and line boundaries. */
export function diffText(oldText: string, newText: string): DiffStep[] {
  const steps = differ.diff_main(oldText, newText, false)
  // Not the full semantic cleanup: it merges shared stretches as long as the edits
  // beside them, cascading on densely edited text until whole paragraphs look rewritten.
  differ.diff_cleanupEfficiency(steps)
  differ.diff_cleanupSemanticLossless(steps)
  return steps
}
