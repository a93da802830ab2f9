// A small guess at the article's language: enough to know whether English word
// knowledge applies, and to label the article. Null when the evidence is thin.
import { dominantScripts } from './writingScripts'
import { wordSet } from './wordSet'
import { letterRuns } from '../model/letters'

const ENGLISH_FUNCTION_WORDS = wordSet(
  'the of and to in a is that for on with as by was are it from at be this has have its their an or not which were been will also he she'
)
// No function word is longer than this, so longer words are not lower-cased to be looked up.
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((word) => word.length))
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu
const SCRIPT_LANGUAGES: Record<string, string> = { Greek: 'el', Hebrew: 'he', Thai: 'th', Lao: 'lo', Khmer: 'km', Georgian: 'ka', Armenian: 'hy' }
const MIN_WORDS = 20
const SAMPLE_CHARACTERS = 2500

/** A BCP 47 language code ('en', 'vi', …) for the text, or null when unsure. */
export function detectLanguage(text: string, scripts: ReadonlySet<string> = dominantScripts(text)): string | null {
  const words = letterRuns(text.slice(0, SAMPLE_CHARACTERS))
  if (words.length < MIN_WORDS) return null
  if (!scripts.has('Latin')) {
    const only = [...scripts].filter((script) => script !== 'Greek' || scripts.size === 1)
    return only.length === 1 ? (SCRIPT_LANGUAGES[only[0] ?? ''] ?? null) : null
  }
  const english = words.filter((word) => word.length <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(word.toLowerCase())).length / words.length
  if (english >= 0.15) return 'en'
  const vietnamese = words.filter((word) => VIETNAMESE_LETTERS.test(word)).length / words.length
  return vietnamese >= 0.2 ? 'vi' : null
}
