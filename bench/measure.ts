// Timing helpers and the result record every benchmark reports.

/** One benchmark figure, as printed and as written to bench-results.json. */
export interface Figure {
  name: string
  value: number
  unit: string
  baseline?: number
  target?: string
  /** Whether the target is met, when there is one. */
  met?: boolean
  note?: string
}

/** Milliseconds taken by `work`. */
export async function timeIt(work: () => unknown): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

/** The p-th percentile (0..100) of samples. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

/** Prints figures as an aligned table. */
export function printTable(figures: readonly Figure[]): void {
  const rows = figures.map((figure) => [
    figure.name,
    `${round(figure.value)} ${figure.unit}`,
    figure.baseline === undefined ? '' : `${round(figure.baseline)} ${figure.unit}`,
    figure.target ?? '',
    figure.met === undefined ? '' : figure.met ? 'met' : 'MISSED'
  ])
  const header = ['benchmark', 'value', 'baseline (same run)', 'target', '']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')
  console.log(line(header))
  console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const row of rows) console.log(line(row))
}

function round(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
}
