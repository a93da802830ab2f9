// Old or hand-edited backups have missing or mistyped fields; these readers take whatever is
// there and fall back to a default, so normalisers read like a list of field rules.

/** A plain object, or an empty one when the value is anything else. */
export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

/** The value if it is a string, else the fallback. */
export function asString<T extends string | null>(value: unknown, fallback: T): string | T {
  return typeof value === 'string' ? value : fallback
}

/** The value if it is a finite number, else the fallback. */
export function asNumber<T extends number | null>(value: unknown, fallback: T): number | T {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

/** The value if it is a non-negative integer, else null. */
export function asCount(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null
}

/** The value if it is one of `options`, else the fallback. */
export function asOneOf<T extends string>(value: unknown, options: readonly T[], fallback: T): T {
  return typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : fallback
}

/** Trimmed, non-empty, case-insensitively distinct tags, first spelling kept. */
export function asTagList(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  const seen = new Set<string>()
  const tags: string[] = []
  for (const item of value) {
    if (typeof item !== 'string') continue
    const tag = item.normalize('NFC').trim()
    const key = tag.toLowerCase()
    if (tag === '' || seen.has(key)) continue
    seen.add(key)
    tags.push(tag)
  }
  return tags
}

/** Strings from an array, others dropped. */
export function asStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}
