// Superscripts and subscripts lose their raised or lowered place when a page becomes text, and
// their characters glue to the word before: "rose<sup>1</sup>" reads "rose1", which the glued-word
// repair would even split into "rose 1", a number in the sentence. So a note reference keeps its
// bracketed number ("rose[1]", as Wikipedia prints it), and other short figures take their
// Unicode forms ("km²", "H₂O"); anything else ("3rd", "TM") reads as it did. HTML and PDF
// readers share the rule; only HTML can tell a reference by its link.

const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾'
}
const SUBSCRIPT: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '−': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎'
}
// A footnote's mark: a number or a letter or two, maybe already in brackets ("1", "[12]", "a", "*"),
// or several cited at once ("1,2", "3–5").
const FOOTNOTE_MARK = /^\[?(\d{1,3}(?:\s?[,–-]\s?\d{1,3})*|[a-z]{1,2}|\*{1,3}|†|‡)\]?$/i
const MAX_FIGURE_LENGTH = 6

// What a note reference follows: a word (not a unit such as "km" or a symbol such as "x") or the
// punctuation ending a phrase. A square, a cube or a negative power after a unit, a function or a
// closing bracket is an exponent ("metres²", "sin²x", "(a+b)²", "s⁻¹"); any other number there is
// a note ("26 miles[14]", "(on Monday)[7]").
const BEFORE_NOTE = /(?:\p{L}{3,}|[.,;:!?"”’)\]])$/u
const BEFORE_EXPONENT =
  /(?:(?:^|[^\p{L}])(?:sin|cos|tan|sec|csc|cot|sinh|cosh|tanh|log|exp|(?:kilo|centi|milli)?met(?:re|er)s?|feet|foot|inch(?:es)?|miles?|yards?)|\))$/iu
const EXPONENT = /^(?:[23]|[-−]\d{1,2})$/

/** Where a raised or lowered run stands: after `before`, and (in HTML) whether it links to an anchor. */
export interface ScriptContext {
  before: string
  linksToAnchor: boolean
}

/** The text a superscript ('sup') or subscript ('sub') run reads as. */
export function scriptText(tag: 'sup' | 'sub', text: string, context: ScriptContext): string {
  const trimmed = text.trim()
  if (trimmed === '') return text
  const isNoteMark = FOOTNOTE_MARK.test(trimmed) && (context.linksToAnchor || (/\d|\*|†|‡/.test(trimmed) && followsWord(context.before, trimmed)))
  // Spaces around the raised text stay, so "Chapter<sup> 1 </sup>next" keeps its words apart.
  const [lead = '', trail = ''] = [/^\s*/.exec(text)?.[0], /\s*$/.exec(text)?.[0]]
  if (tag === 'sup' && isNoteMark) return `${lead}[${trimmed.replace(/^\[|\]$/g, '')}]${trail}`
  const forms = tag === 'sup' ? SUPERSCRIPT : SUBSCRIPT
  if (trimmed.length > MAX_FIGURE_LENGTH || ![...trimmed].every((character) => character in forms)) return text
  return lead + [...trimmed].map((character) => forms[character]).join('') + trail
}

function followsWord(before: string, mark: string): boolean {
  return BEFORE_NOTE.test(before) && !(EXPONENT.test(mark) && BEFORE_EXPONENT.test(before))
}

// A footnote's way back to its reference ("↩", "↑", "^"): a link, not text of the note.
const BACK_LINK = /^(?:[\s↩↑⤴↵^]|\ufe0e|\ufe0f)+$/u

/** Whether a link is a footnote's way back to where it was cited. */
export function isBackLink(text: string, href: string | null): boolean {
  return href !== null && href.startsWith('#') && BACK_LINK.test(text)
}
