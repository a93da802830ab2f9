// Dates as readers expect to see them in lists and headers.

/** Formats an ISO date (or a partial date kept as written) for display. */
export function formatPublished(publishedAt: string | null, publishedPartial: string | null): string {
  if (publishedAt) {
    const date = new Date(publishedAt)
    if (!Number.isNaN(date.getTime())) {
      return date.toLocaleDateString('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })
    }
  }
  return publishedPartial ?? ''
}
