// English builds real words by joining two words ("lockdown", "policymakers", "hereof"),
// so a split must look like two separate words that a dropped line break ran together.
import { wordSet } from './wordSet'

const FUNCTION_WORDS = wordSet(
  'the a an and or but nor of to in on at by for with from into as is are was were be been being has have had do does did will would shall ' +
    'should can could may might must not that this these those which who whom whose what its their his her our my your it they we he she them us ' +
    'him than then also such both all each every some any no more most very so if while when after before about between through during against ' +
    'among under over within without toward towards upon up out off down back many much few several other another own'
)

// Words that also start compounds ("inline", "upturn", "outreach") or end them ("lockdown", "hereof").
const LEADING_PARTICLES = new Set(['in', 'on', 'up', 'out', 'off', 'down', 'over', 'under', 'by', 'back', 'through'])
const TRAILING_PARTICLES = new Set(['in', 'on', 'up', 'out', 'off', 'down', 'over', 'by', 'back', 'through', 'of', 'about'])

// Second halves that usually make a compound rather than follow a separate word.
const COMPOUND_HEADS = wordSet(
  'maker makers making holder holders building builder builders wide ware line lines phone phones chain chains side sides ward wards work works ' +
    'worker workers man men woman women person persons ship ships land lands way ways field fields house houses room rooms place time times book ' +
    'books mark marks point points port ports craft power water waters fire fires light lights board boards boat boats yard yards hold holds load ' +
    'loads stock stream streams shore front scape care keeping keeper keepers watch weight wear wood ground grounds head heads hood less like ' +
    'proof free wise life map maps path paths cast casts code bank banks bed beds hall halls net site sites spot spots storm storms tech zone ' +
    'zones mail flow flows set top base bases box bill call list lists walk step steps post posts gate gates lock locks pack packs town towns ' +
    'fall falls hand hands king master maid ball shop shops table tables'
)

// Inflected or derived first halves ("recording", "hosted", "effectively", "territorial") rarely start a compound.
const INFLECTED = /(?:ly|ed|al|ing|ion|ions|ment|ments|ness|ous|ive|able|ible|ent|ant|ic|ary|ory|ity|ies|[^su]s)$/
const LONG_FIRST_HALF = 7
const LONG_AFTER_PARTICLE = 6
// Compounds end in short everyday words; a long second half ("multilateral") starts a new word.
const LONG_SECOND_HALF = 8

/** Whether `left` + `right` (both known words) reads as two words run together rather than one compound. */
export function isPlausibleGlue(left: string, right: string): boolean {
  if (right === 'the' || left === 'the') return true
  // "an" goes before a vowel sound: "an|notation", "an|nual" are one word.
  if (left === 'an' && !/^[aeiouh]/.test(right)) return false
  // "of a", "presented a", "upholding a"; no other single letter glues on.
  if (right === 'a') return FUNCTION_WORDS.has(left) || (left.length >= 5 && /(?:ed|ing|s)$/.test(left))
  const leftIsFunction = FUNCTION_WORDS.has(left)
  const rightIsFunction = FUNCTION_WORDS.has(right)
  if (leftIsFunction) {
    if (LEADING_PARTICLES.has(left)) return right.length >= LONG_AFTER_PARTICLE && !COMPOUND_HEADS.has(right)
    return right.length >= 3 || rightIsFunction
  }
  if (rightIsFunction) {
    return TRAILING_PARTICLES.has(right) ? left.length >= LONG_AFTER_PARTICLE : left.length >= 3
  }
  const looksSeparate = left.length >= LONG_FIRST_HALF || INFLECTED.test(left) || right.length >= LONG_SECOND_HALF
  return looksSeparate && !COMPOUND_HEADS.has(right)
}

/** Whether the pair starts with a function word that never begins a compound ("have|led", "to|study"), strong evidence of glue. */
export function isFunctionWordGlue(left: string, right: string): boolean {
  return (FUNCTION_WORDS.has(left) && !LEADING_PARTICLES.has(left) && !OBJECT_PRONOUNS.has(left) && right.length >= 3) || right === 'the' || right === 'and'
}

// An object pronoun ends a phrase ("told us"), so one fused to a noun is weak evidence: "us|ability" is "usability".
const OBJECT_PRONOUNS = wordSet('us him them')
