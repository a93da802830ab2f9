// "Tide tables" and "Tide tables | Coast News" name the same article; "Introduction" under
// "An Introduction to River Deltas" is a section of it.

/** Whether a heading states the article's title, alone or as one part of a title with its site's name. */
export function sameTitle(heading: string, title: string): boolean {
  const normal = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim()
  const wanted = normal(heading)
  const full = normal(title)
  return wanted.length > 0 && (wanted === full || full.split(/\s+[|–—·-]\s+|:\s+/).includes(wanted))
}
