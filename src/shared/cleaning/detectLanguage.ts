// A small guess at the article's language: enough to know whether English word
// knowledge applies, and to label the article. Null when the evidence is thin.
import { dominantScripts } from './writingScripts'
import { wordSet } from './wordSet'
import { NAME_PARTICLES } from './nameParticles'
import { letterRuns } from '../model/letters'

const ENGLISH_FUNCTION_WORDS = wordSet(
  'the of and to in a is that for on with as by was are it from at be this has have its their an or not which were been will also he she'
)
// No function word is longer than this, so longer words are not lower-cased to be looked up.
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((word) => word.length))
// The commonest words of the other languages news in Latin script is most often written in:
// a text's share of each tells them apart as well as it tells English (a word list per language
// is all a guess this coarse needs; no trigram model).
const OTHER_FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  fr: wordSet('le la les de des du un une et est en que qui dans pour pas sur au aux ce cette il elle ne se par plus avec son sa ses ont été'),
  es: wordSet('el la los las de del y en que es un una por con para se no su sus al lo como más pero fue han'),
  de: wordSet(
    'der die das und ist nicht ein eine zu den dem des mit von auf für sich im dass es auch wird sind bei aus nach hat am wurde werden einen einem einer über oder wie nur noch'
  ),
  it: wordSet('il lo la gli le di del della e è un una per con che non si sono da al alla nel nella anche come più'),
  pt: wordSet('o a os as de do da dos das e é um uma para com que não se em no na por mais como foi são ao'),
  nl: wordSet('de het een en van is dat die in op te met voor zijn niet aan er ook als bij door maar om')
}
const MIN_OTHER_SHARE = 0.2
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu
const SCRIPT_LANGUAGES: Record<string, string> = { Greek: 'el', Hebrew: 'he', Thai: 'th', Lao: 'lo', Khmer: 'km', Georgian: 'ka', Armenian: 'hy' }
const MIN_WORDS = 20
// A short text (a brief, the top of a pasted page) is told only as one of the other languages, and
// only when their words are many: a third of its words, and few English ones among them.
const MIN_SHORT_WORDS = 10
const MIN_SHORT_SHARE = 0.3
const MAX_SHORT_ENGLISH = 0.1
const SAMPLE_CHARACTERS = 2500

/** A BCP 47 language code ('en', 'vi', …) for the text, or null when unsure. */
export function detectLanguage(text: string, scripts: ReadonlySet<string> = dominantScripts(text)): string | null {
  const words = letterRuns(text.slice(0, SAMPLE_CHARACTERS))
  if (words.length < MIN_SHORT_WORDS) return null
  const short = words.length < MIN_WORDS
  if (short && !scripts.has('Latin')) return null
  if (!scripts.has('Latin')) {
    const only = [...scripts].filter((script) => script !== 'Greek' || scripts.size === 1)
    return only.length === 1 ? (SCRIPT_LANGUAGES[only[0] ?? ''] ?? null) : null
  }
  const english = words.filter((word) => word.length <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(word.toLowerCase())).length / words.length
  if (short && english > MAX_SHORT_ENGLISH) return null
  if (english >= 0.15) return 'en'
  const vietnamese = words.filter((word) => VIETNAMESE_LETTERS.test(word)).length / words.length
  if (!short && vietnamese >= 0.2) return 'vi'
  // A word before a capital is left out: in English text, "de", "la", "van" and "del" are the
  // particles of names ("Juan de la Cruz", "Virgil van Dijk"), not the language's own words.
  const counted = words
    .filter((word, index) => word.length <= LONGEST_FUNCTION_WORD && !(NAME_PARTICLES.has(word) && opensName(words, index + 1)))
    .map((word) => word.toLowerCase())
  let best: string | null = null
  let bestShare = short ? MIN_SHORT_SHARE : MIN_OTHER_SHARE
  for (const [language, functionWords] of Object.entries(OTHER_FUNCTION_WORDS)) {
    const share = counted.filter((word) => functionWords.has(word)).length / words.length
    if (share > bestShare) [best, bestShare] = [language, share]
  }
  return best
}

// Whether the words from `index` on open a name: a capital, perhaps after more particles ("de la Cruz").
function opensName(words: readonly string[], index: number): boolean {
  for (let next = index; next < words.length && next < index + 3; next++) {
    const word = words[next]!
    if (/^\p{Lu}/u.test(word)) return true
    if (word.length > 3) return false
  }
  return false
}

/** Whether text in `language` writes numeric dates day first ("04/03/2024" for 4 March); English, as the wire copy writes it, does not. */
export function writesDayFirst(language: string | null): boolean {
  return language !== null && language !== 'en'
}
