// What a web page leaves after its story that Readability keeps: share and follow prompts
// ("Follow Jefferson Graham on Twitter.", "Subscribe to the HuffPost Money newsletter!"), comment
// counters and notices, copyright lines, stock tickers ("+44.11", "(+0.656%)"), tag lists, and
// headings of the boxes below the story ("Startup Document Center"). Only the run at the very
// end goes: the same words inside a story are the story's. Each removal is recorded.
import type { Block, Removal } from '../model/document'

/** The blocks without the page furniture that ends them; what goes is added to `removed`. */
export function dropPageTail(blocks: readonly Block[], removed: Removal[]): Block[] {
  let end = blocks.length
  // A heading counts as furniture only once everything after it has gone: a section needs a body.
  while (end > 1 && isFurniture(blocks[end - 1]!, blocks[end])) end--
  // A page that is all furniture keeps its text: better clutter than an empty article.
  if (!blocks.slice(0, end).some(isStory)) return [...blocks]
  for (const block of blocks.slice(end)) removed.push({ kind: 'page-furniture', text: block.text })
  return blocks.slice(0, end)
}

const wordsIn = (text: string): number => text.split(/\s+/).filter(Boolean).length

const isStory = (block: Block): boolean => !isFurniture(block, undefined)

const MAX_PROMPT_WORDS = 16
const MAX_SOCIAL_WORDS = 20
const MAX_LABEL_WORDS = 3
const MAX_TAG_WORDS = 4

// Invitations to act on the page rather than read it: imperatives opening the line ("Subscribe to
// …", "Follow Jefferson Graham on Twitter."), so a story's own last sentence ("She hoped to become
// a doctor.", "people like us") is never taken for one; a few are unambiguous anywhere.
const PROMPT_OPENING =
  /^(?:please\s+)?(?:subscribe|sign up|follow\b|like us|share\b|read or share|click here|right click|(?:read|see|learn) more|more from|get (?:started|updated)|become an? |submit your|to embed this|email us|e-mail us|à lire aussi|a lire aussi|lire aussi|see also|related:|abonnez-vous|suivez-nous|devenez fan|síguenos|suscríbete)/iu
const PROMPT_ANYWHERE =
  /(?:click here|to your inbox|comments? (?:are|is) (?:closed|disabled)|what's this\?|email us at|e-mail us at|suivez-nous|devenez fan|(?:read|see|learn) more\W*$)/iu
const SOCIAL = /\b(?:twitter|facebook|instagram|linkedin|youtube|rss)\b/i
const COUNTER = /^\d[\d,.]*\s+(?:comments?|replies|responses?|réactions?|commentaires?|comentarios?|shares?)$/iu
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)|©\s*\d{4}/i
const LABELLED_LINK = /^(?:via|source|related items|tags?|filed under|topics?)\b/i
const SINGLE_ACTIONS = /^(?:connect|share|tweet|email|print|comments?|reply|recommend|like|more)\W*$/i
const SENTENCE_END = /[.!?:;"”’)。！？」]$/u

/**
 * Whether one block, in the run ending the page, is furniture: a prompt, counter, copyright,
 * ticker, a ticker's label (`next` being its figure), tag or box heading.
 */
function isFurniture(block: Block, next: Block | undefined): boolean {
  const text = block.text.trim()
  const words = wordsIn(text)
  if (!/\p{L}/u.test(text) || block.kind === 'heading') return true
  if (COPYRIGHT.test(text) && words <= MAX_PROMPT_WORDS) return true
  if (COUNTER.test(text) || SINGLE_ACTIONS.test(text)) return true
  if (words <= MAX_PROMPT_WORDS && (PROMPT_OPENING.test(text) || PROMPT_ANYWHERE.test(text))) return true
  if (words <= MAX_SOCIAL_WORDS && SOCIAL.test(text) && /^(?:please\s+)?(?:follow|get|find|join|connect|like)\b/i.test(text)) return true
  // A comment's signature or a widget line: a few words set off by bars ("sparky 81884 | Apr 12, 2013").
  if (words <= 8 && / \| /.test(text)) return true
  // A ticker's label, its figure after it ("NYSE Composite", "6,727").
  if (words <= MAX_LABEL_WORDS && !SENTENCE_END.test(text) && next !== undefined && !/\p{L}/u.test(next.text)) return true
  if (block.kind === 'list-item') return (words <= MAX_PROMPT_WORDS && LABELLED_LINK.test(text)) || (words <= MAX_TAG_WORDS && text === text.toLowerCase())
  return false
}
