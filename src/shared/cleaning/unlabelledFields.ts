// A news page copied whole signs its story without labels: under the headline, the writer's name
// with their role ("Peter Walker, Deputy political editor", or the role on the next line); under
// a byline, the role ("Political editor") or the outlet ("BBC News, Washington"). Each is read only
// where a page puts it: a signature over the story's date, a role or outlet right under the
// byline. Anywhere else (under a date too: a programme's speakers, a letter's addressee) a name
// with a role is a list of people, a letter's close or a profile's subject, and a short
// capitalised line a heading or a place.
import { isPeopleNames, isRoleLine, PLACE_NAME, readRoleSignature } from './bylines'

/** A field read without a label: the writer's names, the outlet's name, or the writer's role. */
export type UnlabelledField = { kind: 'byline'; names: string; lines: 1 | 2 } | { kind: 'source'; name: string } | { kind: 'role' }

/** Where a line stands among the header's fields. */
export interface FieldPlace {
  line: string
  nextLine: string
  /** The field on the line just above (null when there is none, or a blank line between). */
  under: 'byline' | 'date' | 'field' | null
  /** Whether the first line that is not blank, `taken` lines on, states a date. */
  dateAfter(taken: number): boolean
  /** Whether the first line that is not blank, `taken` lines on, is a news page's stamp: date, time and zone ("Madrid - " may open it). */
  stampAfter(taken: number): boolean
  /** The first line that is not blank, `taken` lines on ('' when there is none). */
  lineAfter(taken: number): string
}

/** Reads the line as a field a news page sets without a label, or null. */
export function readUnlabelledField(place: FieldPlace): UnlabelledField | null {
  const { line, nextLine, under } = place
  if (under === 'byline') {
    if (isRoleLine(line) || REPORTING_FROM.test(line)) return { kind: 'role' }
    const outlet = outletName(line)
    if (outlet !== null) return { kind: 'source', name: outlet }
  }
  const signature = readRoleSignature(line, nextLine)
  if (signature !== null) {
    // "Reporting from Westminster" may stand between the signature and the date.
    const taken = signature.lines + (REPORTING_FROM.test(place.lineAfter(signature.lines)) ? 1 : 0)
    return place.dateAfter(taken) ? { kind: 'byline', names: signature.names, lines: signature.lines } : null
  }
  // "Manuel V. Gómez" over "Madrid - 05 mar 2024 - 10:14 CET", "Peter Walker and Jessica Elgot"
  // over "Tue 5 Mar 2024 10.14 GMT": names alone sign the story only straight under the headline or
  // its standfirst, over the stamp a news page sets (date, time and zone); over any other date,
  // capitalised words are as often a place, a room or a performer ("New York", "Conference Room B").
  const names = line.trim()
  if (under === null && nextLine !== '' && isPeopleNames(names) && !NOT_A_PERSON.test(names) && place.stampAfter(1)) return { kind: 'byline', names, lines: 1 }
  return null
}

// Words of places, rooms, sections and outlets that look like a name ("Live Updates", "Royal Albert Hall").
const NOT_A_PERSON =
  /(?:^|\s)(?:live|updates?|breaking|latest|news|opinion|analysis|hall|room|park|library|centre|center|street|square|theatre|theater|museum|church|school|college|university|district|lake|city|independent|times|post|herald|daily|weekly|monthly|sync)(?:\s|$)/iu

// Where the writer filed from, under their name and role on a news page.
const REPORTING_FROM = new RegExp(String.raw`^[Rr]eport(?:ing|ed) from\s+${PLACE_NAME}$`, 'u')

// An outlet is a few capitalised words that name a news organisation ("BBC News", "Reuters",
// "The Associated Press"), perhaps with the writer's city after a comma.
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}$/u
const NEWS_WORD =
  /(?:^|\s)(?:news|press|agency|times|post|journal|herald|tribune|telegraph|guardian|gazette|chronicle|observer|daily|magazine|radio|television|tv|sport|sports|reuters|bloomberg|xinhua|afp|dpa|efe|ap|vna)(?:\s|$)/iu
const LONE_ACRONYM = /^\p{Lu}{2,}$/u
const PLACE = /^\p{Lu}[\p{L}'’. -]*$/u
// Labels that pages set in the same place and style: "Breaking News", "Live News", "Top Stories".
const NOT_AN_OUTLET = /^(?:breaking|latest|live|top|more|related|most|trending|featured|local|world)\s/iu

function outletName(line: string): string | null {
  const [name = '', place, ...more] = line.trim().split(/\s*,\s*/)
  if (more.length > 0 || name.length > 40 || !CAPITALISED_WORDS.test(name) || NOT_AN_OUTLET.test(name)) return null
  if (place !== undefined && !PLACE.test(place)) return null
  // An acronym alone names an outlet ("CNN", "NPR"); with other words, a news word must be among them ("NATO Summit" is none).
  return NEWS_WORD.test(name) || LONE_ACRONYM.test(name) ? name : null
}
