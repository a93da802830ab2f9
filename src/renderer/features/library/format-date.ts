// Dates as readers expect to see them in lists and headers.

// One formatter for every row: building an Intl formatter per call dominated library rendering.
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })
// Metadata may give only a month or a year; it is shown at that precision, never as a made-up 1st.
const MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', timeZone: 'UTC' })
// The day something happened on this computer is the reader's own day, so in the local zone.
const LOCAL_DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric' })

/** Formats an ISO date (or a partial date kept as written) for display. */
export function formatPublished(publishedAt: string | null, publishedPartial: string | null): string {
  // The calendar date as written in the article: a time without an offset must not shift the day.
  const parts = publishedAt ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)/.exec(publishedAt) : null
  if (parts) {
    const [, year, month, day] = parts
    if (month === undefined) return year ?? ''
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)))
    if (!Number.isNaN(date.getTime())) return (day === undefined ? MONTH_FORMAT : DATE_FORMAT).format(date)
  }
  return publishedPartial ?? ''
}

/** Formats when an article was added (a timestamp) as the reader's local calendar date. */
export function formatAdded(addedAt: number): string {
  return Number.isFinite(addedAt) && addedAt > 0 ? LOCAL_DATE_FORMAT.format(addedAt) : ''
}
