// "ofNational" and "SecurityCouncil" are two words glued at a dropped line break;
// "iPhone", "YouTube" and "PowerPoint" are names. This tells the two apart.
import { wordCount } from './knownWords'
import { NAME_PARTICLES } from './nameParticles'

// Brands and names built from two long everyday words, which the rules below would split.
const CAMEL_CASE_NAMES = new Set(['MasterCard', 'MasterChef', 'HarperCollins', 'GarageBand', 'BlackBerry', 'SmackDown', 'SoundCloud'])

// Names write their particle joined to their capital: "deGrasse", "vanGogh".
const PARTICLE_BEFORE_NAME = new RegExp(`(?<!\\p{L})(?:${[...NAME_PARTICLES].join('|')})(?=\\p{Lu}\\p{Ll})`, 'gu')

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u
const LOWERCASE = /^\p{Ll}+$/u
const ACRONYM = /^\p{Lu}{2,}$/u
const POSSESSIVE = /^(\p{L}+)['’]s$/u
// Only the commonest function words glue onto an acronym ("ofUN"); "macOS" must survive.
const FUNCTION_WORD_COUNT = 100_000

/** Whether the boundary between `left` and `right` (e.g. "of" | "National") is a glued word break. */
export function isCamelCaseGlue(left: string, rightWithPossessive: string): boolean {
  const right = rightWithPossessive.replace(/['’]s$/u, '')
  if (CAMEL_CASE_NAMES.has(left + right)) return false
  const rightIsWord = CAPITALISED.test(right) && right.length >= 3
  if (LOWERCASE.test(left)) {
    if (left.length < 2 || NAME_PARTICLES.has(left)) return false
    if (ACRONYM.test(right)) return wordCount(left) >= FUNCTION_WORD_COUNT
    return rightIsWord && wordCount(left) >= 1_000
  }
  if (!rightIsWord) return false
  const possessive = POSSESSIVE.exec(left)
  if (possessive !== null) return wordCount(possessive[1] ?? '') > 0
  // Brand names glue short words (You|Tube, Power|Point); glued prose words are usually longer.
  return CAPITALISED.test(left) && left.length >= 6 && wordCount(left) >= 100 && wordCount(right) >= 100
}

/**
 * Whether `word` is written in more than one place in `documentText`: a dropped line break glues
 * words at one place, while a name ("VietnamPlus", "MarketWatch") is written the same way each
 * time. A paragraph printed twice repeats its glue with the same words after it, so two
 * occurrences must go on differently to count.
 */
export function isWrittenTwice(word: string, documentText: string): boolean {
  const contexts = new Set<string>()
  for (let at = documentText.indexOf(word); at >= 0; at = documentText.indexOf(word, at + word.length)) {
    contexts.add(documentText.slice(at + word.length, at + word.length + CONTEXT_LENGTH))
    if (contexts.size > 1) return true
  }
  return false
}

const CONTEXT_LENGTH = 24

/**
 * The token with each name particle glued to its name ("deJaneiro") spaced again where the
 * document writes that name spaced ("Rio de Janeiro"): then the glue was a dropped space.
 */
export function spacedParticles(token: string, documentText: string): string {
  if (documentText === '' || !mayHoldParticleGlue(token)) return token
  return token.replace(PARTICLE_BEFORE_NAME, (particle: string, offset: number) => {
    const name = /^\p{Lu}\p{L}*/u.exec(token.slice(offset + particle.length))?.[0] ?? ''
    return documentText.includes(`${particle} ${name}`) ? `${particle} ` : particle
  })
}

// Asked of every token a document holds, so answered from character codes: a particle opens the
// token or follows a mark ("said—deGaulle"), and a capital (or any letter beyond ASCII: "deÁvila")
// follows its lowercase letters. Only then is the document searched, which decides for certain.
const PARTICLE_INITIALS = new Set([...NAME_PARTICLES].map((particle) => particle.charCodeAt(0)))
const isAsciiLetterCode = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
function mayHoldParticleGlue(token: string): boolean {
  // Most tokens have no capital past their first two letters: one pass of comparisons answers them.
  let capital = false
  for (let index = 2; index < token.length && !capital; index++) {
    const code = token.charCodeAt(index)
    capital = (code >= 65 && code <= 90) || code > 127
  }
  if (!capital) return false
  for (let first = 0; first < token.length - 2; first++) {
    if (!PARTICLE_INITIALS.has(token.charCodeAt(first)) || (first > 0 && isAsciiLetterCode(token.charCodeAt(first - 1)))) continue
    for (let index = first + 1; index < Math.min(token.length, first + 7); index++) {
      const code = token.charCodeAt(index)
      if ((code >= 65 && code <= 90) || code > 127) {
        if (index >= first + 2) return true
        break
      }
      if (code < 97 || code > 122) break
    }
  }
  return false
}
