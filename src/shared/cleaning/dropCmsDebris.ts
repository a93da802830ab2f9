// Content-management systems leak layout words ("leftcenterrightdel"), template
// placeholders ("{keywords}") and stray separators into scraped text.
import type { Removal } from '../model/document'

/** Lines without CMS debris, and what was dropped. */
export interface DebrisRemoval {
  lines: string[]
  removed: Removal[]
}

// Two or more run together: one alone ("Centre", "Bottom") may be a heading or a note's word.
const LAYOUT_WORDS = /^(?:left|center|centre|right|del|justify|align|top|bottom|middle){2,}$/i
const LONE_SYMBOL = /^(?:[xX|·•*#~=_+\-–—/\\.,:;]{1,3}|\.\.\.|…)$/u
const PLACEHOLDER = /\{\{?[\w.\- ]{1,40}\}?\}|\[\[[\w.\- ]{1,40}\]\]|%%[\w.\- ]{1,40}%%|\$\{[\w.\- ]{1,40}\}/gu
// Inside a line, only a template variable standing as a word of its own ("Tags {keywords} …",
// "Read more:{{link}}", "{{category}}|{{date}}"):
// one written into an address, code or formula ("/users/{id}/roles", "f\"{name}\"") is text.
const PLACEHOLDER_WORD = /(?<=^|[\s:|])\{\{?[\w.\- ]{1,40}\}?\}(?=$|[\s,.;:!?|])/gu
const PHOTO_MARKER = /^(?:\[|\()?(?:photo|image|picture|video|graphic|infographic|illustration)s?(?:\]|\))?:?$/i
const SHORTCODE = /^\[\/?(?:caption|gallery|embed|video|audio)[^\]]*\]$/i
const WIDGET_LABEL =
  /^(?:advertisement|sponsored|share|share this|tweet|print|email|e-mail|read more|read also|see also|related news|related articles?|related stories|back to top|comments?|tags?:.*|keywords?:.*|follow us.*|(?:view|show|hide|add|post) (?:a )?comments?|leave a comment|blog comments powered by.*|(?:more|facebook) activity|skip to (?:main )?content)\s*:?$/i

/** Whether a whole line is a CMS's layout words run together ("leftcenterrightdel"), which no author writes. */
export function isLayoutDebris(line: string): boolean {
  return LAYOUT_WORDS.test(line.trim())
}

/** Whether a whole line is CMS debris rather than article text. */
export function isCmsDebris(line: string): boolean {
  const trimmed = line.trim()
  if (trimmed === '') return false
  if (isLayoutDebris(trimmed)) return true
  return (
    LONE_SYMBOL.test(trimmed) ||
    PHOTO_MARKER.test(trimmed) ||
    SHORTCODE.test(trimmed) ||
    WIDGET_LABEL.test(trimmed) ||
    trimmed.replace(PLACEHOLDER, '').trim() === ''
  )
}

/** Drops debris lines and strips template placeholders from inside kept lines. */
export function dropCmsDebris(lines: readonly string[]): DebrisRemoval {
  const removed: Removal[] = []
  const kept: string[] = []
  for (const line of lines) {
    if (isCmsDebris(line)) {
      removed.push({ kind: 'cms-debris', text: line })
      continue
    }
    const placeholders = line.includes('{') ? (line.match(PLACEHOLDER_WORD) ?? []) : []
    for (const placeholder of placeholders) removed.push({ kind: 'cms-debris', text: placeholder })
    kept.push(placeholders.length > 0 ? line.replace(PLACEHOLDER_WORD, '').replace(/ {2,}/g, ' ').trim() : line)
  }
  return { lines: kept, removed }
}
