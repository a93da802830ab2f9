// The reader's typography preferences: their bounds, defaults, normalisation of stored values,
// and the CSS custom properties that apply them (so the stylesheet, not React, does the styling).

/** Themes; 'system' follows the operating system's light or dark preference. */
export const READER_THEMES = ['system', 'light', 'sepia', 'dark'] as const
export type ReaderTheme = (typeof READER_THEMES)[number]

export const READER_FAMILIES = ['serif', 'sans'] as const
export type ReaderFamily = (typeof READER_FAMILIES)[number]

/** What a reader can choose. */
export interface ReaderSettings {
  family: ReaderFamily
  /** Pixels. */
  fontSize: number
  /** Line width in characters (the measure). */
  measure: number
  lineHeight: number
  theme: ReaderTheme
}

/** Bounds and steps of the numeric settings, shared by the controls and normalisation. */
export const READER_RANGES = {
  fontSize: { min: 14, max: 30, step: 1 },
  measure: { min: 45, max: 90, step: 1 },
  lineHeight: { min: 1.3, max: 2.1, step: 0.05 }
} as const

export const DEFAULT_READER_SETTINGS: ReaderSettings = { family: 'serif', fontSize: 19, measure: 68, lineHeight: 1.65, theme: 'system' }

function clampNumber(value: unknown, range: { min: number; max: number }, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(range.max, Math.max(range.min, value)) : fallback
}

function oneOf<T extends string>(value: unknown, options: readonly T[], fallback: T): T {
  return options.includes(value as T) ? (value as T) : fallback
}

/** Turns whatever was stored (old, partial or foreign) into valid settings. */
export function normalizeReaderSettings(stored: unknown): ReaderSettings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof ReaderSettings, unknown>>
  const defaults = DEFAULT_READER_SETTINGS
  return {
    family: oneOf(value.family, READER_FAMILIES, defaults.family),
    fontSize: clampNumber(value.fontSize, READER_RANGES.fontSize, defaults.fontSize),
    measure: clampNumber(value.measure, READER_RANGES.measure, defaults.measure),
    lineHeight: clampNumber(value.lineHeight, READER_RANGES.lineHeight, defaults.lineHeight),
    theme: oneOf(value.theme, READER_THEMES, defaults.theme)
  }
}

const FAMILY_STACKS: Record<ReaderFamily, string> = {
  serif: "'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, 'DejaVu Serif', serif",
  sans: "'Inter', 'Segoe UI', 'Helvetica Neue', Roboto, 'DejaVu Sans', system-ui, sans-serif"
}

/** The custom properties the reader's stylesheet reads. */
export function readerStyleVariables(settings: ReaderSettings): Record<string, string> {
  return {
    '--reader-font': FAMILY_STACKS[settings.family],
    '--reader-font-size': `${settings.fontSize}px`,
    '--reader-measure': `${settings.measure}ch`,
    '--reader-line-height': String(settings.lineHeight)
  }
}
