// Groups what import removed and repaired by kind, so the reader can check at a glance that
// cleaning dropped only clutter (nothing is lost: the original text stays beside the article).
import type { Removal, Repair } from '../../../../shared/model/document'

/** Entries of one kind, with a human label. */
export interface ReportGroup<T> {
  kind: string
  label: string
  items: T[]
}

// Initialisms among the kinds, written as people write them.
const INITIALISMS: Record<string, string> = { cms: 'CMS', pdf: 'PDF', html: 'HTML', utf: 'UTF' }

/** Turns a machine kind ("split-glued-word", "cms-debris") into a label ("Split glued word", "CMS debris"). */
export function kindLabel(kind: string): string {
  const words = kind
    .replace(/[-_]+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => INITIALISMS[word] ?? word)
    .join(' ')
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Other'
}

/** Groups entries by kind, largest group first, ties in order of first appearance. */
export function groupByKind<T extends { kind: string }>(entries: readonly T[]): ReportGroup<T>[] {
  const groups = new Map<string, ReportGroup<T>>()
  for (const entry of entries) {
    let group = groups.get(entry.kind)
    if (!group) groups.set(entry.kind, (group = { kind: entry.kind, label: kindLabel(entry.kind), items: [] }))
    group.items.push(entry)
  }
  return [...groups.values()].sort((a, b) => b.items.length - a.items.length)
}

/** The report's one-line summary. */
export function summarizeCleaning(removed: readonly Removal[], repairs: readonly Repair[]): string {
  if (removed.length === 0 && repairs.length === 0) return 'Import changed nothing in this article.'
  const part = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`
  return `Import removed ${part(removed.length, 'passage', 'passages')} and made ${part(repairs.length, 'repair', 'repairs')}.`
}
