// Dates in headers, datelines and leads, read with chrono's strict (formal) parser.
// A date written without a year stays partial: Gloss never invents the year.
import * as chrono from 'chrono-node'

/** One date found in a piece of text. */
export interface FoundDate {
  /** ISO 8601 date ("2023-12-22") or local date-time ("2023-12-22T08:19"); null when the year is not given. */
  iso: string | null
  /** The date as written when it has no year, e.g. "April 14"; null otherwise. */
  partial: string | null
  /** The text chrono matched. */
  matched: string
  /** Where the match starts in the text. */
  index: number
  /** Whether it is a span of days ("5–7 March 2024", "5 March 1932 – 2 February 2024"), not one day. */
  range: boolean
  /** The place a news page's stamp opens with ("Madrid" in "Madrid - 05 mar 2024 - 10:14 CET"). */
  filedFrom?: string
}

// chrono tries dozens of patterns on any text; a day and month are written with a digit or a
// month's name, so text with neither is answered without asking it.
const MAY_HOLD_DATE = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i
// A date written with dots ("4.3.2024") is day first wherever it is written (Germany, Vietnam,
// Russia…); chrono's strict parser reads numbers month first, as the United States writes slashes.
const DOTTED_DATE = /(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?![\d.])/
const DAY_FIRST = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true))
// A text in one of these languages has its dates read with chrono's parser for it first ("5 mars
// 2024 à 10h14", "5. März 2024"), each writing numbers in its language's order.
const PARSERS_BY_LANGUAGE: Readonly<Record<string, chrono.Chrono>> = {
  fr: chrono.fr.strict,
  de: chrono.de.strict,
  es: chrono.es.strict,
  pt: chrono.pt.strict,
  it: chrono.it.strict,
  nl: chrono.nl.strict
}

const DOTTED_MONTH_NAME = /(?<![\p{L}\p{N}])(\d{1,2})\.(\p{L}{3,4})\.(\d{4})(?!\d)/gu
const HOUR_WITH_H = /(?<=(?<![\d:.])\d{1,2})h(?=\d{2}(?!\d))/g

// A weekday named in Vietnamese, French, German or Spanish opens a date line written day first.
// (English-language news is read month first: the wire copy Gloss meets writes "12/22/2023".)
const DAY_FIRST_WEEKDAY =
  /^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?![\p{L}\p{N}])[\s,.|–-]*/iu

/**
 * The first calendar date in the text (a day and month at least), or null; `dayFirst` reads
 * "04/03/2024" as 4 March; `language` (the text's) reads its month and weekday names too.
 */
export function findDate(written: string, dayFirst = false, language: string | null = null): FoundDate | null {
  if (!MAY_HOLD_DATE.test(written)) return null
  // "às 10h14": French, Portuguese and Vietnamese write the hour with an h, which only chrono's
  // French parser reads; the same length, so what is matched keeps its place in the text.
  // "5.mar.2024" (Folha) is read as "5 mar 2024", again the same length.
  const text = written.replace(HOUR_WITH_H, ':').replace(DOTTED_MONTH_NAME, '$1 $2 $3')
  const local = language === null ? undefined : PARSERS_BY_LANGUAGE[language]
  // A language's own parser reads its dotted dates in its order already.
  return (local ? firstDate(local.parse(text), true) : null) ?? firstDate((dayFirst ? DAY_FIRST : chrono.strict).parse(text), dayFirst)
}

function firstDate(results: readonly chrono.ParsedResult[], dayFirst: boolean): FoundDate | null {
  for (const found of results) {
    // Only a dotted date itself is read again day first: a slash date beside it keeps its order.
    const result = !dayFirst && DOTTED_DATE.test(found.text) ? (DAY_FIRST.parse(found.text)[0] ?? found) : found
    const start = result.start
    if (!start.isCertain('month') || !start.isCertain('day')) continue
    // "2 hours ago" is dated from today, which would invent the article's date.
    if (result.tags().has('result/relativeDate')) continue
    const range = result.end?.isCertain('day') === true
    const matched = result.text.trim()
    // Without a year, only a month written as a word makes a date: "24/7", "2/3", "11/12" are numbers.
    if (!start.isCertain('year') && !/\p{L}/u.test(matched)) continue
    if (!start.isCertain('year')) return { iso: null, partial: matched, matched, index: found.index, range }
    const date = `${start.get('year')}-${pad(start.get('month'))}-${pad(start.get('day'))}`
    // "05 mar 2024 - 10:14 CET" is read as a range from the day to its time: the time is the date's.
    const time = start.isCertain('hour') ? start : result.end?.isCertain('hour') && !result.end.isCertain('day') ? result.end : null
    const iso = time !== null ? `${date}T${pad(time.get('hour'))}:${pad(time.get('minute'))}` : date
    return { iso, partial: null, matched, index: found.index, range }
  }
  return null
}

/**
 * The date a whole line states, when the line is nothing but a date with an optional label
 * ("Posted:", "date"); `dayFirst` for text in a language that writes "04/03/2024" for 4 March.
 */
export function findDateLine(line: string, dayFirst = false, language: string | null = null): FoundDate | null {
  const labelled = line.replace(DATE_LABEL, '')
  const weekday = DAY_FIRST_WEEKDAY.exec(labelled)?.[0] ?? ''
  // News pages put the reading time beside the date ("March 5, 2024 · 3 min read").
  const withoutLabel = labelled.slice(weekday.length).replace(READING_TIME, '').replace(GLUED_UPDATE, ' ')
  if (withoutLabel.length > 60) return null
  const found = findDate(withoutLabel, dayFirst || weekday !== '', language)
  // A life's or an event's span of days is the text's, not when it was published.
  if (found === null || found.range) return null
  // "March 5, 2024 10:14 AM GMT+7 Updated 2 hours ago": the date published, then when it changed.
  let after = withoutLabel.slice(found.index + found.matched.length)
  // "5 marzo 2024 | 10:14": a time set apart from its date.
  const time = found.iso !== null && !found.iso.includes('T') ? TIME_APART.exec(after) : null
  if (time !== null) after = after.slice(time[0].length)
  const dated = time !== null ? { ...found, iso: `${found.iso}T${clockOf(time)}` } : found
  // "Madrid - 05 mar 2024 - 10:14 CET": a news page's stamp may open with the place the story was
  // filed from; only with its time and zone ("Born – 5 March 1950" and "Deadline - March 5" are
  // the text's own).
  const before = withoutLabel.slice(0, found.index)
  const place = FILED_FROM.exec(before)?.[1] ?? null
  const filedFrom = place !== null && dated.iso?.includes('T') === true && hasTimeZone(found.matched) ? place : null
  const rest = ((filedFrom !== null ? '' : before) + (isUpdateClause(after, dayFirst, language) ? '' : after)).replace(/[\s,\-–—|:()]/g, '')
  // A weekday name may stay outside the match ("Friday | 22/12/2023"), as may German's "Uhr" after a time.
  if (rest !== '' && !/^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|uhr)$/i.test(rest)) return null
  return filedFrom !== null ? { ...dated, filedFrom } : dated
}

const FILED_FROM = /^(\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+[-–—|]\s+$/u
// A time zone ends the stamp: "CET", "GMT+7", "UTC+01:00"; not "AM" or "PM".
const ZONE_AT_END = /(?:\b(?!(?:AM|PM)$)[A-Z]{2,5}|(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?)$/

/** Whether the date as written ends with its time zone ("10:14 CET", "10.14 GMT", "GMT+7"). */
export const hasTimeZone = (matched: string): boolean => ZONE_AT_END.test(matched.trim())
const TIME_APART =
  /^\s*[|·•,–—-]\s*(\d{1,2})[:.h](\d{2})(?:\s*([aApP])\.?[mM]\.?)?(?:\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}|\s*(?:[A-Z]{2,5}|Uhr)(?![\p{L}]))?(?![\d])/u

function clockOf(time: RegExpExecArray): string {
  const hour = (Number(time[1]) % 12) + ((time[3] ?? '').toLowerCase() === 'p' ? 12 : 0)
  return `${pad(time[3] ? hour : Number(time[1]))}:${time[2]}`
}

/**
 * Whether the line states when the story appeared only relative to the day it was read
 * ("Publié aujourd'hui à 10h14", "Posted 2 hours ago"): a date line, with no date to keep.
 */
export function isRelativeDateLine(line: string): boolean {
  const label = DATE_LABEL.exec(line)?.[0] ?? ''
  let when = line.slice(label.length).replace(READING_TIME, '').trim()
  // "Publié aujourd'hui à 10h14, modifié à 11h02": when it changed may follow.
  const update = UPDATE_AFTER.exec(when)
  if (update !== null && isUpdateClause(when.slice(update.index), false, null)) when = when.slice(0, update.index).trim()
  if (RELATIVE_TIME.test(when) || RELATIVE_TIME_IN_LANGUAGES.test(when)) return true
  // "Today" or "10:14" alone is a heading or a number; after "Published", a day.
  if (label === '') return false
  const day = RELATIVE_DAY.exec(when)
  const time = day === null ? when : when.slice(day[0].length).replace(/^,?\s*(?:at|à|um|a las|às|alle|om)?\s*/iu, '')
  return (day !== null && time === '') || CLOCK_TIME.test(time)
}

const RELATIVE_DAY = /^(?:today|yesterday|aujourd['’]hui|hier|heute|gestern|hoy|ayer|hoje|ontem|oggi|ieri|vandaag|gisteren)(?![\p{L}])/iu
const UPDATE_AFTER =
  /[,;|·]\s*(?=(?:updated|last updated|modified|mis à jour|modifié|aktualisiert|actualizado|atualizado|aggiornato|modificato|bijgewerkt)(?![\p{L}]))/iu
const RELATIVE_TIME_IN_LANGUAGES =
  /^(?:il y a|vor|hace|há)\s+\d+\s*(?:min|minutes?|minuten|minutos|h|heures?|stunden?|horas?)$|^\d+\s*(?:minuti|ore|minuten|uur)\s+(?:fa|geleden)$/iu

// "March 5, 2024Updated March 6", "10:14 AM GMTUpdated 2 hours ago": a page's lines run together.
const GLUED_UPDATE = /(?<=[\d\p{Lu}])(?=(?:Updated|Aktualisiert|Actualizado|Atualizado|Mis à jour|Modifié|Aggiornato|Bijgewerkt)(?![\p{L}]))/gu

const READING_TIME = /[\s,|·•–—-]*\d+\s*(?:min|mins|minutes?)\s+read$/iu

// What may follow "Updated" in a date line: nothing, a time, "2 hours ago", or a date.
const RELATIVE_TIME = /^(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)\s+ago\.?$/iu
// A time of day has its minutes or its a.m./p.m. ("10:14", "10h14", "9 pm"), then perhaps its
// zone in capitals ("ET", "GMT+7"): "3 files" and "10 mins" are no time.
const CLOCK_TIME = /^\d{1,2}(?:[:.h]\d{2}\s*(?:[aApP]\.?[mM]\.?)?|\s*[aApP]\.?[mM]\.?)(?:\s*(?:[A-Z]{2,5}|Uhr|(?:GMT|UTC)\s*[+-]\s*\d{1,2}))?$/u

function isUpdateClause(text: string, dayFirst: boolean, language: string | null): boolean {
  const label = UPDATE_LABEL.exec(text)
  if (label === null) return false
  // "(modifica il 5 marzo 2024 | 11:02)": the update may be given in brackets.
  const when = text
    .slice(label[0].length)
    .trim()
    .replace(/^(.*)\)$/u, (whole, inside: string) => (text.slice(0, label[0].length).includes('(') ? inside.trim() : whole))
  return when === '' || RELATIVE_TIME.test(when) || CLOCK_TIME.test(when) || findDateLine(when, dayFirst, language) !== null
}

// The labels a date line opens with, in English and the languages read above.
const DATE_LABEL =
  /^(?:date|dated|posted|published|updated|created|last updated|last modified|modified|publié|mis à jour|modifié|veröffentlicht|aktualisiert|stand|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?:\s+(?:on|le|am|el|em|il|op))?\s*:?\s*/iu
const UPDATE_LABEL =
  /^[\s,|·•–—(-]*(?:updated|last updated|last modified|modified|mis à jour|modifié|aktualisiert|actualizado|atualizado|aggiornato|modificato|modifica|bijgewerkt)(?![\p{L}])(?:\s+(?:on|at|le|à|am|um|el|em|il|op))?\s*:?/iu

function pad(value: number | null): string {
  return String(value ?? 0).padStart(2, '0')
}
