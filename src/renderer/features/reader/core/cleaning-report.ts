// Groups what import removed and repaired by kind, so the reader can check at a glance that
// cleaning dropped only clutter (nothing is lost: the original text stays beside the article).
import type { Removal, Repair } from '../../../../shared/model/document'

/** Entries of one kind, with a human label. */
export interface ReportGroup<T> {
  kind: string
  label: string
  items: T[]
  /** The page around the article rather than cleaning of it: listed last, closed until asked for. */
  peripheral: boolean
}

// A web page's menus, asides and footers, a PDF's running headers, page numbers and print margins: never part
// of the article's text, so they neither swell the count nor crowd out what cleaning changed.
const PERIPHERAL_KINDS = new Set(['outside-the-article', 'running-header', 'page-number', 'print-margin'])

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

/** Groups entries by kind, largest group first, ties in order of first appearance; the page around the article last. */
export function groupByKind<T extends { kind: string }>(entries: readonly T[]): ReportGroup<T>[] {
  const groups = new Map<string, ReportGroup<T>>()
  for (const entry of entries) {
    let group = groups.get(entry.kind)
    if (!group) groups.set(entry.kind, (group = { kind: entry.kind, label: kindLabel(entry.kind), items: [], peripheral: PERIPHERAL_KINDS.has(entry.kind) }))
    group.items.push(entry)
  }
  return [...groups.values()].sort((a, b) => Number(a.peripheral) - Number(b.peripheral) || b.items.length - a.items.length)
}

/** How many changes cleaning made to the article itself (the page around it left aside). */
export function countCleaningChanges(removed: readonly Removal[], repairs: readonly Repair[]): number {
  return removed.filter((removal) => !PERIPHERAL_KINDS.has(removal.kind)).length + repairs.length
}

/** The report's one-line summary. */
export function summarizeCleaning(removed: readonly Removal[], repairs: readonly Repair[]): string {
  const around = removed.filter((removal) => PERIPHERAL_KINDS.has(removal.kind)).length
  const part = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`
  const aroundNote =
    around === 0
      ? ''
      : ` ${part(around, 'passage', 'passages')} around the article (menus, footers, running headers, page numbers) ${around === 1 ? 'was' : 'were'} left out.`
  const cleaned = removed.length - around
  if (cleaned === 0 && repairs.length === 0) return `Import changed nothing in this article.${aroundNote}`
  return `Import removed ${part(cleaned, 'passage', 'passages')} and made ${part(repairs.length, 'repair', 'repairs')}.${aroundNote}`
}
