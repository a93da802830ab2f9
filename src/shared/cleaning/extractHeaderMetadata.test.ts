import { describe, expect, it } from 'vitest'
import { extractHeaderMetadata } from './extractHeaderMetadata'

describe('extractHeaderMetadata', () => {
  it('reads an ID on the next line, a date line and an empty author, and keeps the title line', () => {
    const header = extractHeaderMetadata(['ID :', '673760', 'Fri, 12/22/2023 - 08:19', 'Auther :', '', 'The title line', '', 'Body.'])
    expect(header.publishedAt).toBe('2023-12-22T08:19')
    expect(header.byline).toBeNull()
    expect(header.lines).toEqual(['The title line', '', 'Body.'])
    expect(header.removed.map((removal) => removal.text)).toEqual(['ID :', '673760', 'Fri, 12/22/2023 - 08:19', 'Auther :'])
    expect(header.removed.every((removal) => removal.kind === 'header')).toBe(true)
  })

  it('reads a numeric date line day first when told the text writes dates so', () => {
    const lines = ['04/03/2024 10:05', '', 'The title line', '', 'Body.']
    expect(extractHeaderMetadata(lines).publishedAt).toBe('2024-04-03T10:05')
    expect(extractHeaderMetadata(lines, { dayFirst: true }).publishedAt).toBe('2024-03-04T10:05')
  })

  it('reads labelled fields', () => {
    const header = extractHeaderMetadata(['Title: Defence talks', 'Author: Mai Huong', 'date 2022-04-14', 'Source: VNA', 'Body text.'])
    expect(header).toMatchObject({ title: 'Defence talks', byline: 'Mai Huong', publishedAt: '2022-04-14', source: 'VNA', lines: ['Body text.'] })
  })

  it('keeps a date without a year partial', () => {
    expect(extractHeaderMetadata(['Posted: April 14', 'Body text.'])).toMatchObject({ publishedAt: null, publishedPartial: 'April 14' })
  })

  it('reads a byline and a translator credit at the end', () => {
    const header = extractHeaderMetadata(['Body text.', '', 'By Ngoc Hung - Anh Vu', '', 'Translated by Mai Huong'])
    expect(header.byline).toBe('Ngoc Hung - Anh Vu')
    expect(header.lines).toEqual(['Body text.'])
    expect(header.removed).toEqual([
      { kind: 'byline', text: 'Translated by Mai Huong' },
      { kind: 'byline', text: 'By Ngoc Hung - Anh Vu' }
    ])
  })

  it('takes no sentence at either end for a byline', () => {
    const lines = ['Authorities warn of floods', '', 'Body text.', '', 'By then it was too late.']
    expect(extractHeaderMetadata(lines)).toMatchObject({ byline: null, lines })
  })

  it('leaves an article without header fields alone', () => {
    const lines = ['Vietnam has taken an active part in defence diplomacy, heard a conference on April 14.', 'Second.']
    expect(extractHeaderMetadata(lines).lines).toEqual(lines)
  })

  it('reads a field whose value sits past a blank line in a double-spaced header', () => {
    const header = extractHeaderMetadata(['Author:', '', 'Nguyen Van Hung', '', 'Vietnam Hosts Defence Expo', '', 'Body text.'])
    expect(header.byline).toBe('Nguyen Van Hung')
    expect(header.lines.filter((line) => line !== '')).toEqual(['Vietnam Hosts Defence Expo', 'Body text.'])
  })

  it('takes a title line with its byline and date below it', () => {
    const header = extractHeaderMetadata(['The River Came Back', 'By Jane Smith', 'March 5', '', 'The river is cleaner this year.'])
    expect(header).toMatchObject({ title: 'The River Came Back', byline: 'Jane Smith', publishedPartial: 'March 5' })
    expect(header.lines.filter((line) => line !== '')).toEqual(['The river is cleaner this year.'])
    expect(header.removed[0]).toEqual({ kind: 'title', text: 'The River Came Back' })
  })

  it('takes a title line whose byline and date stand below its standfirst, and keeps the standfirst first in the body', () => {
    const standfirst = 'The £40m scheme will protect 2,000 homes, but farmers say it moves the risk.'
    const lines = ['Council approves flood defences', '', standfirst, '', 'By Sarah Chen', '12 March 2024', '', 'The council voted on Tuesday.']
    const header = extractHeaderMetadata(lines)
    expect(header).toMatchObject({ title: 'Council approves flood defences', standfirst, byline: 'Sarah Chen', publishedAt: '2024-03-12' })
    expect(header.lines.filter((line) => line !== '')).toEqual([standfirst, 'The council voted on Tuesday.'])
  })

  it('reads no standfirst in a diary, a text without a headline, or above a heading that only starts like a byline', () => {
    const entry = 'We left the harbour at dawn and reached the island before the wind picked up in the afternoon.'
    const shapes = [
      ['Trip journal', '', entry, '', 'Monday, 4 March 2024', '', 'A quiet day.'],
      ['A fire broke out at a warehouse on the edge of the city.', '', entry, '', 'By Sarah Chen', '', 'More.'],
      ['Dear diary,', '', entry, '', 'By Sarah Chen', '', 'More.'],
      ['Season review', '', entry, '', 'By The Numbers', '', 'More.'],
      ['Season review', '', entry, '', 'By Train', '', 'More.'],
      ['Reading list', '', entry, '', 'Source: my notes', '', 'More.']
    ]
    for (const lines of shapes) expect(extractHeaderMetadata(lines)).toMatchObject({ title: null, standfirst: null, lines })
  })

  it('reads no standfirst where no field follows it, or where it is too long to be one', () => {
    const paragraph = 'The council voted on Tuesday to approve a new set of flood defences for the town.'
    const plain = extractHeaderMetadata(['Council approves flood defences', '', paragraph, '', 'More of the story follows here.'])
    expect(plain).toMatchObject({
      title: null,
      standfirst: null,
      lines: ['Council approves flood defences', '', paragraph, '', 'More of the story follows here.']
    })
    const long = `${paragraph} `.repeat(6).trim()
    const longer = extractHeaderMetadata(['Council approves flood defences', '', long, '', 'By Sarah Chen', '', 'The rest.'])
    expect(longer).toMatchObject({ title: null, standfirst: null, byline: null })
  })

  it('reads the bylines news pages sign without a label, with the standfirst above them', () => {
    const standfirst = 'Chancellor under pressure from backbenchers to cut income tax despite warnings'
    const body = 'Rishi Sunak is facing renewed pressure.'
    for (const signature of [['Peter Walker, Deputy political editor'], ['Peter Walker', 'Deputy political editor']]) {
      const header = extractHeaderMetadata(['Sunak faces pressure over tax cuts', standfirst, ...signature, 'Mon 4 Mar 2024 12.50 GMT', '', body])
      expect(header).toMatchObject({ title: 'Sunak faces pressure over tax cuts', standfirst, byline: 'Peter Walker', publishedAt: '2024-03-04T12:50' })
      expect(header.lines.filter((line) => line !== '')).toEqual([standfirst, body])
    }
  })

  it('reads the outlet or role right under a byline, and no heading, place or label there', () => {
    const header = extractHeaderMetadata(['Storm hits the coast', 'By Jane Smith', 'BBC News', '5 March 2024', '', 'Thousands are without power.'])
    expect(header).toMatchObject({ byline: 'Jane Smith', source: 'BBC News', publishedAt: '2024-03-05', lines: ['Thousands are without power.'] })
    const withPlace = extractHeaderMetadata(['Storm hits the coast', 'By Chris Mason', 'Political editor', 'BBC News, Washington', '', 'Body.'])
    expect(withPlace).toMatchObject({ byline: 'Chris Mason', source: 'BBC News', lines: ['Body.'] })
    for (const [line, blank] of [
      ['Breaking News', false],
      ['Brighton', false],
      ['Sunday', false],
      ['Chapter One', true],
      ['Reuters', true]
    ] as const) {
      const lines = ['Storm hits the coast', 'By Jane Smith', ...(blank ? [''] : []), line, '5 March 2024', '', 'Thousands are without power.']
      const kept = extractHeaderMetadata(lines)
      expect(kept).toMatchObject({ byline: 'Jane Smith', source: null })
      expect(kept.lines).toContain(line)
    }
  })

  it('reads a signature without a label only beside the date, never from a headline, a list of people or a letter', () => {
    const body = 'The meeting opened at nine and ran late into the evening.'
    for (const lines of [
      ['Introducing Sarah Chen, our new climate correspondent', '5 March 2024', '', body],
      ['Harold Evans, crusading newspaper editor', '', body],
      ['Attendees', 'Jane Smith, managing editor', 'John Doe, staff writer', '', body],
      ['Meet the team', 'Jane Smith', 'Senior editor', body],
      ['A note to our readers', '', body, '', 'Jane Smith', 'Managing editor', 'The Herald, Glasgow']
    ]) {
      const header = extractHeaderMetadata(lines)
      expect(header.byline).toBeNull()
      expect(header.removed.filter((removal) => removal.kind !== 'title').map((removal) => removal.text)).not.toContain('Jane Smith, managing editor')
      expect(header.lines.join('\n')).toContain(body)
    }
    expect(extractHeaderMetadata(['Attendees', 'Jane Smith, managing editor', 'John Doe, staff writer', '', body]).lines).toContain(
      'Jane Smith, managing editor'
    )
    expect(extractHeaderMetadata(['Introducing Sarah Chen, our new climate correspondent', '5 March 2024', '', body]).title).toBe(
      'Introducing Sarah Chen, our new climate correspondent'
    )
  })

  it('reads a header written in French with its own labels', () => {
    const header = extractHeaderMetadata(['La réforme adoptée', 'Par Jean Dupont', 'Publié le 5 mars 2024 à 10h14', '', 'Le texte a été adopté.'], {
      language: 'fr'
    })
    expect(header).toMatchObject({ title: 'La réforme adoptée', byline: 'Jean Dupont', publishedAt: '2024-03-05T10:14' })
    expect(header.lines.filter((line) => line !== '')).toEqual(['Le texte a été adopté.'])
  })

  it('passes over the section a news page files its story under, above the headline, and no book’s chapter', () => {
    const standfirst = 'Chancellor under pressure from backbenchers to cut income tax despite warnings'
    const page = [
      'Conservatives',
      'Sunak faces pressure over tax cuts',
      standfirst,
      'Peter Walker',
      'Deputy political editor',
      'Mon 4 Mar 2024 12.50 GMT',
      '',
      'Body.'
    ]
    const header = extractHeaderMetadata(page)
    expect(header).toMatchObject({ title: 'Sunak faces pressure over tax cuts', byline: 'Peter Walker', standfirst })
    expect(header.removed[0]).toEqual({ kind: 'header', text: 'Conservatives' })
    const chapter = extractHeaderMetadata(['Chapter One', 'The Storm', 'By Jane Smith', '', 'The snow came early that year.'])
    expect(chapter.title).toBeNull()
    expect(chapter.lines[0]).toBe('Chapter One')
  })

  it('reads a name alone over the page’s time stamp as the byline, and a place over an event’s date stays', () => {
    const standfirst = 'Los precios suben un 3,2% interanual, según el dato adelantado del INE publicado este viernes'
    const page = ['La inflación se modera en marzo', standfirst, 'Manuel V. Gómez', 'Madrid - 05 mar 2024 - 10:14 CET', '', 'La inflación se moderó.']
    expect(extractHeaderMetadata(page, { language: 'es' })).toMatchObject({ byline: 'Manuel V. Gómez', publishedAt: '2024-03-05T10:14', standfirst })
    const event = extractHeaderMetadata(['Annual Conference on Water', 'New York', '5 March 2024', '', 'The conference brings engineers together.'])
    expect(event.byline).toBeNull()
    expect(event.lines.slice(0, 3)).toEqual(['Annual Conference on Water', 'New York', '5 March 2024'])
  })

  it('reads a signature with the place it was reported from, and a date line giving no date', () => {
    const bbc = ['Sunak faces pressure over tax cuts', 'Chris Mason', 'Political editor', 'Reporting from Westminster', '5 March 2024', '', 'Body.']
    expect(extractHeaderMetadata(bbc)).toMatchObject({
      title: 'Sunak faces pressure over tax cuts',
      byline: 'Chris Mason',
      publishedAt: '2024-03-05',
      lines: ['Body.']
    })
    const french = ['Grève à la SNCF', 'Par Marie Durand', "Publié aujourd'hui à 10h14", '', 'Le trafic est perturbé.']
    const header = extractHeaderMetadata(french, { language: 'fr' })
    expect(header).toMatchObject({ byline: 'Marie Durand', publishedAt: null, publishedPartial: null, lines: ['Le trafic est perturbé.'] })
    expect(header.removed.map((removal) => removal.text)).toContain("Publié aujourd'hui à 10h14")
  })

  it('takes no place, room, section or performer over a date for a byline, and no "Word – date" line for a date', () => {
    const cases = [
      ['Minutes of the Budget Committee', 'Conference Room B', '5 March 2024, 14:00'],
      ['Letter to my daughter', 'New York', 'March 5, 2024 10:00 PM'],
      ['Storm hits the coast', 'Live Updates', '5 March 2024 10:14 GMT'],
      ['Spring recital', 'Maria João Pires', 'Lisbon - 12 April 2024 - 19:30'],
      ['Grant application', 'Deadline - March 5, 2024'],
      ['Obituary: Jane Doe', 'Born – 5 March 1950']
    ]
    for (const top of cases) {
      const header = extractHeaderMetadata([...top, '', 'The meeting began with a review of the budget.'])
      expect(header.byline, top[1]).toBeNull()
      expect(header.publishedAt, top[1]).toBeNull()
      expect(header.lines.includes(top[1]!), top[1]).toBe(true)
    }
  })

  it('keeps a body sentence that starts like a role held somewhere', () => {
    const sentence = 'Writers in Hollywood went on strike on Tuesday after talks collapsed.'
    expect(extractHeaderMetadata(['Strike begins', 'By Jane Smith', sentence, 'More text.']).lines).toContain(sentence)
  })

  it('passes over a one-word section above a long headline, but keeps a title over its subtitle, a diary’s day and a chapter', () => {
    const headline = 'Sunak faces fresh pressure over budget as MPs demand tax cuts'
    for (const signature of [['By Peter Walker'], ['Peter Walker', 'Deputy political editor']]) {
      const header = extractHeaderMetadata(['Conservatives', headline, ...signature, '5 March 2024', '', 'Body.'])
      expect(header).toMatchObject({ title: headline, byline: 'Peter Walker', publishedAt: '2024-03-05', lines: ['Body.'] })
    }
    for (const top of [
      ['The Lost City', 'A Journey Through the Amazon', 'By Jane Smith'],
      ['Day One', 'Arrival in Hanoi', 'March 5, 2024'],
      ['Kapitel Eins', 'Der Sturm', '5. März 2024']
    ])
      expect(extractHeaderMetadata([...top, '', 'We set off at dawn.'], { language: top[0] === 'Kapitel Eins' ? 'de' : null }).lines[0]).toBe(top[0])
  })

  it('reads a page’s buttons and labels among its fields, and "Save" elsewhere stays', () => {
    const bbc = [
      'Sunak faces pressure over tax cuts',
      'Save',
      'Chris Mason',
      'Political editor',
      'Reporting from Westminster',
      'Published',
      '5 March 2024',
      '',
      'Body.'
    ]
    expect(extractHeaderMetadata(bbc)).toMatchObject({ byline: 'Chris Mason', publishedAt: '2024-03-05', lines: ['Body.'] })
    const nyt = ['Ukraine war enters third year', 'By Jane Smith', 'Reporting from Kyiv, Ukraine', 'March 5, 2024', 'Updated 10:14 a.m. ET', '', 'Body.']
    expect(extractHeaderMetadata(nyt)).toMatchObject({ byline: 'Jane Smith', publishedAt: '2024-03-05', lines: ['Body.'] })
    const poem = ['Morning', 'one thing to ask of the grey morning:', 'Save', 'the small house, the dog, the letters,']
    expect(extractHeaderMetadata(poem).lines).toEqual(poem)
  })

  it('reads names alone over a news stamp with its zone, and a page’s buttons, labels and handles among the fields', () => {
    const guardian = ['Sunak faces pressure over tax cuts as MPs revolt', 'Peter Walker and Jessica Elgot', 'Tue 5 Mar 2024 10.14 GMT', '', 'Body.']
    expect(extractHeaderMetadata(guardian)).toMatchObject({ byline: 'Peter Walker and Jessica Elgot', publishedAt: '2024-03-05T10:14', lines: ['Body.'] })
    const bbc = ['Sunak faces pressure over tax cuts', 'Chris Mason', 'Political editor', '@chrismasonbbc', '5 March 2024', '', 'Body.']
    expect(extractHeaderMetadata(bbc)).toMatchObject({ byline: 'Chris Mason', lines: ['Body.'] })
    const reuters = ['Markets fall', 'By Jane Smith', 'March 5, 2024 10:14 AM GMTUpdated 2 hours ago', '', 'Body.']
    expect(extractHeaderMetadata(reuters)).toMatchObject({ publishedAt: '2024-03-05T10:14', lines: ['Body.'] })
  })

  it('keeps a one-word title over its subtitle, a programme’s speaker under its date, a poem called "Listen" and an outlet-like subheading', () => {
    const cases = [
      ['Ozymandias', 'A Sonnet', 'By Percy Bysshe Shelley'],
      ['Minutes', 'Board of Directors Meeting', 'March 5, 2024'],
      ['Monday', 'A long day at the office with the whole new team', 'March 5, 2024']
    ]
    for (const top of cases) {
      const header = extractHeaderMetadata([...top, '', 'Body.'])
      expect(header.title ?? header.lines[0], top[0]).toBe(top[0])
      expect(header.removed.map((removal) => removal.text)).not.toContain(top[0])
    }
    const programme = extractHeaderMetadata(['Conference Programme', 'March 5, 2024', 'John Smith, Senior Editor', '', 'Talks begin at nine.'])
    expect(programme.byline).toBeNull()
    expect(programme.lines).toContain('John Smith, Senior Editor')
    expect(extractHeaderMetadata(['Listen', 'The rain came down all night.']).lines[0]).toBe('Listen')
    const nato = extractHeaderMetadata(['Summit opens', 'By Jane Smith', 'NATO Summit', 'March 5, 2024', '', 'Body.'])
    expect(nato.source).toBeNull()
    expect(nato.lines[0]).toBe('NATO Summit')
  })

  it('reads the writer a Vietnamese story names on its last line, unless the story speaks of that name', () => {
    const story = ['Mỹ tăng viện trợ cho Ukraine', '', 'Chính phủ Mỹ công bố gói viện trợ mới.', '', 'Vũ Anh (theo Reuters)']
    expect(extractHeaderMetadata(story, { language: 'vi' })).toMatchObject({ byline: 'Vũ Anh', source: 'Reuters' })
    const street = ['Lịch sử khu phố cổ', '', 'Nhiều con phố vẫn giữ tên nghề như Hàng Bạc, Hàng Đào.', '', 'Hàng Bạc']
    const header = extractHeaderMetadata(street, { language: 'vi' })
    expect(header.byline).toBeNull()
    expect(header.lines.at(-1)).toBe('Hàng Bạc')
  })

  it('reads the fields under the lead picture’s caption and keeps the caption in the body', () => {
    const standfirst = 'Chancellor under pressure from backbenchers to cut income tax despite warnings'
    const caption = 'Rishi Sunak at Downing Street on Monday. Photograph: Toby Melville/Reuters'
    const page = [
      'Sunak faces pressure over tax cuts as MPs revolt',
      standfirst,
      caption,
      'Peter Walker',
      'Deputy political editor',
      'Tue 5 Mar 2024 10.14 GMT',
      '',
      'Body.'
    ]
    const header = extractHeaderMetadata(page)
    expect(header).toMatchObject({ byline: 'Peter Walker', publishedAt: '2024-03-05T10:14', standfirst })
    expect(header.lines.filter((line) => line !== '')).toEqual([standfirst, caption, 'Body.'])
  })
})
