// What a web page leaves after its story that Readability keeps: share and follow prompts
// ("Follow Jefferson Graham on Twitter.", "Subscribe to the HuffPost Money newsletter!"), comment
// counters and notices, copyright lines, stock tickers ("+44.11", "(+0.656%)"), link labels
// ("Via Engadget"), and headings of the boxes below the story ("Startup Document Center"). Only the run at the very
// end goes: the same words inside a story are the story's. Each removal is recorded.
import type { Block, Removal } from '../model/document'
import { textWithoutItemNumber } from '../model/text'

/** The blocks without the page furniture that ends them; what goes is added to `removed`. */
export function dropPageTail(blocks: readonly Block[], removed: Removal[]): Block[] {
  // Pictures are the story's, wherever they stand, and are passed over: the furniture is read from
  // the words alone, and the pictures among it stay.
  const words = blocks.filter((block) => block.kind !== 'image')
  // A section whose body is pictures ("The route", then its map) has a body all the same.
  const picturedHeadings = new Set(blocks.filter((block, index) => block.kind === 'heading' && blocks[index + 1]?.kind === 'image'))
  let end = words.length
  // A heading counts as furniture only once everything after it has gone: a section needs a body.
  while (end > 1 && !picturedHeadings.has(words[end - 1]!) && isFurniture(words[end - 1]!, words[end])) end--
  // A page that is all furniture keeps its text: better clutter than an empty article.
  if (end === words.length || !words.slice(0, end).some(isStory)) return [...blocks]
  const furniture = new Set(words.slice(end))
  for (const block of furniture) removed.push({ kind: 'page-furniture', text: block.text })
  return blocks.filter((block) => !furniture.has(block))
}

// Words as a reader counts them: Chinese, Japanese or Thai write none of the spaces a split
// would need, and a paragraph of theirs must not pass for a three-word label.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' })
function wordsIn(text: string): number {
  let words = 0
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++
  return words
}

const isStory = (block: Block): boolean => !isFurniture(block, undefined)

const MAX_PROMPT_WORDS = 16
const MAX_SOCIAL_WORDS = 20
const MAX_LABEL_WORDS = 3
const MAX_BARRED_WORDS = 8

// Invitations to act on the page rather than read it, as a page words them: imperatives opening
// the line ("Subscribe to …", "Follow us on …"), or a link's words ending it ("… Learn more"), so
// a story's own last sentence ("Share prices fell.", "Follow the money.", "Like us, they stayed.",
// "Voters want to see more.") is never taken for one.
const PROMPT_OPENING =
  /^(?:please\s+)?(?:subscribe\b|sign up\b|follow (?:us|me)(?:\s+(?:on|at)\b|\s*@|\W*$)|like us on\b|share (?:this|on|via)\b|read or share|click here|right click|(?:read|see|learn) more\b|more from\b|get (?:started (?:with|for|today|now|free)\b|updated\b)|become an? (?:member|subscriber|supporter|patron|insider|contributor|sponsor)\b|submit your\b|to embed this\b|e-?mail us\b|à lire aussi|a lire aussi|lire aussi|see also\b|related:|abonnez-vous|suivez-nous|devenez fan|síguenos|suscríbete)/iu
const PROMPT_ANYWHERE =
  /(?:click here|to your inbox|comments? (?:are|is) (?:closed|disabled)|what's this\?|e-?mail us at|suivez-nous|devenez fan|\b(?:read|see|learn) more(?:$|\s*[»›>…]|\.\.\.))/iu
const SOCIAL = /\b(?:twitter|facebook|instagram|linkedin|youtube|rss)\b/i
const SOCIAL_OPENING = /^(?:please\s+)?(?:follow|get|find|join|connect with)\b/i
const COUNTER = /^\d[\d,.]*\s+(?:comments?|replies|responses?|réactions?|commentaires?|comentarios?|shares?)$/iu
// A copyright notice states the mark or the year: "© 2011 CNBC.com", "Copyright 2014 …"; not "Copyright law …".
const COPYRIGHT = /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))|©\s*\d{4}|all rights reserved/i
// "Via Engadget", "Source: Reuters" as a page's link labels are a few words; "Source: City parks
// department tree register, 2014" in a story's list of sources is the story's.
const LABELLED_LINK = /^(?:related items|tags?|filed under|topics?)\b/i
const SHORT_LABELLED_LINK = /^(?:via|source)\b/i
const MAX_SHORT_LABEL_WORDS = 4
const SINGLE_ACTIONS = /^(?:connect|share|tweet|email|print|comments?|reply|recommend|more)\W*$/i
const SENTENCE_END = /[.!?:;"”’'»)）』」。！？…؟।۔]$/u
const FIGURE = /^[\d\s.,+\-−–%()$€£¥]*\d[\d\s.,+\-−–%()$€£¥]*$/u

/**
 * Whether one block, in the run ending the page, is furniture: a prompt, counter, copyright, box
 * heading, widget line, or a ticker's figure or label with more of the ticker after it (`next`).
 */
function isFurniture(block: Block, next: Block | undefined): boolean {
  // A numbered item's number is no part of its wording ("1. Share this story").
  const text = textWithoutItemNumber(block).trim()
  // A quotation is the story's, whatever it says ("Follow me to the coast when the war is over."),
  // and so is a code listing, however few its words, and a picture the page held.
  if (block.kind === 'quote' || block.kind === 'code' || block.kind === 'image') return false
  if (block.kind === 'heading') return true
  if (!/\p{L}/u.test(text)) return next !== undefined || !FIGURE.test(text)
  const words = wordsIn(text)
  if (COPYRIGHT.test(text) && words <= MAX_PROMPT_WORDS) return true
  if (COUNTER.test(text) || SINGLE_ACTIONS.test(text)) return true
  if (words <= MAX_PROMPT_WORDS && (PROMPT_OPENING.test(text) || PROMPT_ANYWHERE.test(text))) return true
  if (words <= MAX_SOCIAL_WORDS && SOCIAL.test(text) && SOCIAL_OPENING.test(text)) return true
  // A comment's signature or a widget line: a few words set off by bars ("sparky 81884 | Apr 12, 2013").
  // A labelled line ("Open late: Tuesday | Thursday") is the story's timetable, not a widget row.
  if (words <= MAX_BARRED_WORDS && / \| /.test(text) && !SENTENCE_END.test(text) && !/^[^|]{1,30}:\s/.test(text)) return true
  // A ticker's row ("NYSE Composite · 6,727 · +44.11 · (+0.656%)"): mostly figures, no sentence.
  if (isFigureRow(text)) return true
  // A ticker's label, its figure after it ("NYSE Composite", "6,727").
  if (words <= MAX_LABEL_WORDS && !SENTENCE_END.test(text) && next !== undefined && !/\p{L}/u.test(next.text)) return true
  if (block.kind !== 'list-item') return false
  return (words <= MAX_PROMPT_WORDS && LABELLED_LINK.test(text)) || (words <= MAX_SHORT_LABEL_WORDS && SHORT_LABELLED_LINK.test(text))
}

// A table row (cells set apart by " · ") that is mostly figures and says nothing in sentences.
function isFigureRow(text: string): boolean {
  const cells = text.split(' · ')
  if (cells.length < 2) return false
  const figures = cells.filter((cell) => FIGURE.test(cell))
  // A figure may end in ")" ("(+0.656%)"); a cell of words must not end a sentence.
  if (cells.some((cell) => !FIGURE.test(cell) && SENTENCE_END.test(cell))) return false
  return figures.length * 2 >= cells.length
}
