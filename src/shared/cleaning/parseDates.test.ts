import { describe, expect, it } from 'vitest'
import { findDate, findDateLine, isRelativeDateLine } from './parseDates'

describe('findDate', () => {
  it('gives an ISO date-time when the year and time are written', () => {
    expect(findDate('Fri, 12/22/2023 - 08:19')?.iso).toBe('2023-12-22T08:19')
  })

  it('reads a date written with dots day first, as everywhere that writes them, and slashes month first unless the day says otherwise', () => {
    expect(findDate('4.3.2024')?.iso).toBe('2024-03-04')
    expect(findDate('Updated 22.12.2023 08:19')?.iso).toBe('2023-12-22T08:19')
    expect(findDate('Fri, 12/22/2023 - 08:19')?.iso).toBe('2023-12-22T08:19')
    expect(findDate('13/03/2024')?.iso).toBe('2024-03-13')
    expect(findDate('Posted 03/04/2024, updated 5.3.2024')?.iso).toBe('2024-03-04')
    expect(findDate('Updated 5.3.2024, posted 03/04/2024')?.iso).toBe('2024-03-05')
  })

  it('reads a date line opened by a Vietnamese, French, German or Spanish weekday day first', () => {
    expect(findDateLine('Thứ Hai, 04/03/2024 10:05')?.iso).toBe('2024-03-04T10:05')
    expect(findDateLine('Lundi 04/03/2024')?.iso).toBe('2024-03-04')
    expect(findDateLine('Thứ Tư, 06/03/2024 10:05')?.iso).toBe('2024-03-06T10:05')
    expect(findDateLine('Friday, 04/03/2024')?.iso).toBe('2024-04-03')
  })

  it('never invents a year', () => {
    expect(findDate('heard a conference on April 14.')).toMatchObject({ iso: null, partial: 'April 14' })
  })

  it('reads dates written with the month as a word in any case', () => {
    expect(findDate('SEPTEMBER 3, 2021')?.iso).toBe('2021-09-03')
    expect(findDate('the third of may')).toMatchObject({ iso: null })
  })

  it('never dates from today: relative times are no date', () => {
    for (const text of ['Updated 2 hours ago', 'Posted 3 days ago', 'within 3 days']) expect(findDate(text)).toBeNull()
    expect(findDateLine('Updated 2 hours ago')).toBeNull()
  })

  it('takes no yearless pair of numbers for a date', () => {
    for (const text of ['The ministry opened a 24/7 hotline.', 'About 2/3 of respondents agreed.', 'He met 11/12 governors.']) expect(findDate(text)).toBeNull()
    expect(findDate('Posted 14/04/2022')?.iso).toBe('2022-04-14')
  })

  it('ignores weekdays and relative words', () => {
    expect(findDate('He said today that Friday would be busy')).toBeNull()
  })
})

describe('findDateLine', () => {
  it('accepts a line that is only a date with a label', () => {
    expect(findDateLine('date 2022-04-14')?.iso).toBe('2022-04-14')
    expect(findDateLine('Posted: 14/04/2022 10:20')?.iso).toBe('2022-04-14T10:20')
  })

  it('rejects a sentence that merely mentions a date', () => {
    expect(findDateLine('The talks were held on April 14 in Hanoi.')).toBeNull()
  })

  it('reads a date line in the text’s language, labels and all', () => {
    expect(findDateLine('Publié le 5 mars 2024 à 10h14', false, 'fr')?.iso).toBe('2024-03-05T10:14')
    expect(findDateLine('Mis à jour le 04/03/2024', false, 'fr')?.iso).toBe('2024-03-04')
    expect(findDateLine('Veröffentlicht am 5. März 2024', false, 'de')?.iso).toBe('2024-03-05')
    expect(findDateLine('Publicado el 5 de marzo de 2024', false, 'es')?.iso).toBe('2024-03-05')
    // Without the language, its month names are no date.
    expect(findDateLine('Publié le 5 mars 2024 à 10h14')).toBeNull()
  })

  it('reads a date line followed by when it was updated as the date published', () => {
    expect(findDateLine('March 5, 2024 10:14 AM GMT+7 Updated 2 hours ago')?.iso).toBe('2024-03-05T10:14')
    expect(findDateLine('Mon 4 Mar 2024 12.50 GMT, last updated 7 March 2024')?.iso).toBe('2024-03-04T12:50')
    expect(findDateLine('March 5, 2024 and the talks went on')).toBeNull()
    expect(findDateLine('March 5, 2024 — Updated March 6, 2024')?.iso).toBe('2024-03-05')
    expect(findDateLine('Publié le 05 mars 2024 à 10h14, modifié le 05 mars 2024 à 12h30', false, 'fr')?.iso).toBe('2024-03-05T10:14')
    expect(findDateLine('Last modified on Mon 4 Mar 2024 13.20 GMT')?.iso).toBe('2024-03-04T13:20')
    expect(findDateLine('March 5, 2024 4:30 PM GMT+7 Updated 2 hours ago 3 min read')?.iso).toBe('2024-03-05T16:30')
  })

  it('takes no sentence after "Updated" for when a date was updated', () => {
    expect(findDateLine('March 5, 2024 Updated the export dialog')).toBeNull()
    expect(findDateLine('March 5, 2024 updated: hours of work lost')).toBeNull()
  })

  it('reads an hour written with an h in Portuguese, and a time set after the date with a dash', () => {
    expect(findDateLine('Publicado em 5 de março de 2024 às 10h14', false, 'pt')?.iso).toBe('2024-03-05T10:14')
    expect(findDateLine('05 mar 2024 - 10:14 CET', false, 'es')?.iso).toBe('2024-03-05T10:14')
    expect(findDateLine('5.mar.2024 às 10h14', false, 'pt')?.iso).toBe('2024-03-05T10:14')
    expect(findDate('Room 10h14 is on the 2024h12 plan')).toBeNull()
  })

  it('reads a news page’s stamp opened by the place filed from, with its time and zone, and no other text before a date', () => {
    expect(findDateLine('Madrid - 05 mar 2024 - 10:14 CET', false, 'es')).toMatchObject({ iso: '2024-03-05T10:14', filedFrom: 'Madrid' })
    for (const line of [
      'Born – 5 March 1950',
      'Deadline - March 5, 2024',
      'Keynote – 5 March 2024 – 09h30',
      'Berlin - 24 September 2023 - 2h01',
      'Talks resumed - March 5, 2024'
    ])
      expect(findDateLine(line), line).toBeNull()
  })

  it('takes a span of days for no date line, and reads a date and its update run together', () => {
    expect(findDateLine('5 March 1932 – 2 February 2024')).toBeNull()
    expect(findDateLine('5–7 March 2024')).toBeNull()
    expect(findDateLine('Published March 5, 2024Updated March 6, 2024, 11:02 a.m. ET')?.iso).toBe('2024-03-05')
  })

  it('reads a time set apart from its date, and an update given in brackets', () => {
    expect(findDateLine('5 March 2024 | 10:14')?.iso).toBe('2024-03-05T10:14')
    expect(findDateLine('5 March 2024 | 2:05 pm GMT')?.iso).toBe('2024-03-05T14:05')
    expect(findDateLine('5 marzo 2024 | 10:14', false, 'it')?.iso).toBe('2024-03-05T10:14')
    expect(findDateLine('5 marzo 2024 (modifica il 5 marzo 2024 | 11:02)', false, 'it')?.iso).toBe('2024-03-05')
    expect(findDateLine('5 March 2024 | 10:14 and counting')).toBeNull()
    expect(findDateLine('5 March 2024 | 10:14 and')).toBeNull()
    expect(findDateLine('05.03.2024, 10:14 Uhr (aktualisiert: 11:02 Uhr)', false, 'de')?.iso).toBe('2024-03-05T10:14')
  })

  it('knows a date line that only says how long ago the story appeared, which gives no date', () => {
    for (const line of [
      "Publié aujourd'hui à 10h14",
      "Publié aujourd'hui à 10h14, modifié à 11h02",
      'Published 2 hours ago · 3 min read',
      'Updated today at 10:14 a.m. ET',
      'Updated 10:14 a.m. ET',
      '5 hours ago',
      'Posted 2 hours ago',
      'Published today at 9:30 am',
      'Veröffentlicht vor 3 Stunden',
      'Publicado ayer',
      'Pubblicato 5 ore fa'
    ])
      expect(isRelativeDateLine(line), line).toBe(true)
    for (const line of [
      'Updated 3 files',
      'Stand 10 mins',
      'Today we went to the sea.',
      "aujourd'hui",
      "Published today's edition",
      'Posted to the wrong address',
      'Updated'
    ])
      expect(isRelativeDateLine(line), line).toBe(false)
    expect(findDateLine('Posted 2 hours ago')).toBeNull()
  })

  it('reads German date lines with their "Uhr", dotted times and "Stand:" label', () => {
    for (const line of ['05.03.2024, 10.14 Uhr', '05.03.2024 10:14 Uhr', 'Stand: 05.03.2024 10:14 Uhr'])
      expect(findDateLine(line, false, 'de')?.iso).toBe('2024-03-05T10:14')
  })
})
