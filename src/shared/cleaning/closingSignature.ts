// Vietnamese news signs its story at its end, without a label, with the source it drew on.
import { isPersonName } from './bylines'

// Vietnamese news signs its story at its end with the source it drew on, after the writer's names
// or alone: "Vũ Anh (theo Reuters)", "Lan Anh - Theo AFP", "Theo TTXVN", "Theo VnExpress, Tuổi Trẻ".
// Names alone on a last line are not read: they are as often a place, a greeting or a heading.
const SOURCE_NAME = String.raw`\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,4}`
const SOURCES = String.raw`[Tt]heo\s+(${SOURCE_NAME}(?:\s*,\s*${SOURCE_NAME})*)`
const SOURCE_ALONE = new RegExp(String.raw`^\(?\s*${SOURCES}\s*\)?\.?$`, 'u')
const NAMES_WITH_SOURCE = new RegExp(String.raw`^(.+?)\s*(?:\(\s*${SOURCES}\s*\)|\s[-–—]\s+${SOURCES})$`, 'u')

/** The names and source a Vietnamese story's last line signs it with, or null when the line is none (or the text is not Vietnamese). */
export function readClosingSignature(line: string, language: string | null): { names: string | null; source: string | null } | null {
  if (language !== 'vi') return null
  const trimmed = line.trim()
  const alone = SOURCE_ALONE.exec(trimmed)
  if (alone !== null) return { names: null, source: alone[1]!.trim() }
  const signed = NAMES_WITH_SOURCE.exec(trimmed)
  if (signed === null) return null
  const names = signed[1]!.trim()
  const people = names.split(/\s+[-–—]\s+|\s*,\s*|\s+và\s+/u)
  return people.every(isPersonName) ? { names, source: (signed[2] ?? signed[3] ?? '').trim() } : null
}
