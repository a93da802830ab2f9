import { describe, expect, it } from 'vitest'
import { isRoleLine, readBylineLine, readRoleSignature } from './bylines'

describe('readBylineLine', () => {
  it('reads bylines and credits, whatever the label’s case', () => {
    expect(readBylineLine('By Ngoc Hung - Anh Vu')).toEqual({ role: 'author', names: 'Ngoc Hung - Anh Vu' })
    expect(readBylineLine('BY NGỌC HÙNG')).toEqual({ role: 'author', names: 'NGỌC HÙNG' })
    expect(readBylineLine('Author: Mai Huong')).toEqual({ role: 'author', names: 'Mai Huong' })
    expect(readBylineLine('Translated by Mai Huong')).toEqual({ role: 'credit', names: 'Mai Huong' })
    expect(readBylineLine('Photos by: Trong Hai and Viet Trung')).toEqual({ role: 'credit', names: 'Trong Hai and Viet Trung' })
  })

  it('does not take sentences that open with a label’s letters or a label word for bylines', () => {
    for (const sentence of [
      'Authorities said the road would reopen on Friday.',
      'Authorities launch anti-drug campaign',
      'Byron Bay was also hit by the storm.',
      'By then it was too late.',
      'By the numbers',
      'Reporters were told to leave the area.',
      'Writer Ernest Hemingway once lived in the town.',
      'Edited by hand, the files were sent on.'
    ]) {
      expect(readBylineLine(sentence)).toBeNull()
    }
  })

  it('leaves the role or agency after the names out of them', () => {
    for (const line of ['By Sarah Chen, Staff Writer', 'By Sarah Chen | Staff Writer', 'By Sarah Chen, Reuters', 'By Sarah Chen, Environment correspondent'])
      expect(readBylineLine(line)).toEqual({ role: 'author', names: 'Sarah Chen' })
    expect(readBylineLine('By Ngoc Hung, Anh Vu')).toEqual({ role: 'author', names: 'Ngoc Hung, Anh Vu' })
  })

  it("reads Vietnamese news's author label, and no headline opening on a word that labels bylines elsewhere", () => {
    expect(readBylineLine('Tác giả: Minh Anh')).toEqual({ role: 'author', names: 'Minh Anh' })
    for (const headline of ['Von Miller Signs With Bills', 'Par Three Holes Return', 'Por Favor Opens Downtown']) expect(readBylineLine(headline)).toBeNull()
  })

  it('reads names with lowercase particles', () => {
    expect(readBylineLine('By Ursula von der Leyen')).toEqual({ role: 'author', names: 'Ursula von der Leyen' })
    expect(readBylineLine('By Charles de Gaulle')).toEqual({ role: 'author', names: 'Charles de Gaulle' })
  })

  it('reads a byline labelled in the text’s own language, and only in it', () => {
    expect(readBylineLine('Par Jean Dupont', 'fr')).toEqual({ role: 'author', names: 'Jean Dupont' })
    expect(readBylineLine('Por María García', 'es')).toEqual({ role: 'author', names: 'María García' })
    expect(readBylineLine('Von Anna Schmidt', 'de')).toEqual({ role: 'author', names: 'Anna Schmidt' })
    expect(readBylineLine('Von Miller Signs', 'en')).toBeNull()
    expect(readBylineLine('Par Jean Dupont')).toBeNull()
    expect(readBylineLine('Par Jean Dupont', 'es')).toBeNull()
    expect(readBylineLine('Par Jean Dupont et Marie Durand', 'fr')).toEqual({ role: 'author', names: 'Jean Dupont et Marie Durand' })
    expect(readBylineLine('Von Anna Schmidt und Max Müller', 'de')).toEqual({ role: 'author', names: 'Anna Schmidt und Max Müller' })
  })

  it('takes no one word after a local label for a name: such lines are phrases', () => {
    expect(readBylineLine('Von Wölfen', 'de')).toBeNull()
    expect(readBylineLine('Par Avion', 'fr')).toBeNull()
    expect(readBylineLine('Di Maio', 'it')).toBeNull()
    expect(readBylineLine('Por Dios', 'es')).toBeNull()
    expect(readBylineLine('Von Menschen und Mäusen', 'de')).toBeNull()
    expect(readBylineLine('Par Jean-Pierre Dupont', 'fr')).toEqual({ role: 'author', names: 'Jean-Pierre Dupont' })
  })
})

describe('bylines in other languages and with a place', () => {
  it('leaves off the writer’s role in the text’s language and the place they filed from', () => {
    expect(readBylineLine('Par Jean Dupont, correspondant à Bruxelles', 'fr')).toEqual({ role: 'author', names: 'Jean Dupont' })
    expect(readBylineLine('Por Ana García, enviada especial', 'es')).toEqual({ role: 'author', names: 'Ana García' })
    expect(readBylineLine('Von Anna Schmidt, Berlin', 'de')).toEqual({ role: 'author', names: 'Anna Schmidt' })
    expect(readBylineLine('By Jane Smith, Washington')).toEqual({ role: 'author', names: 'Jane Smith' })
    // Surnames alone are people, not a place; nor is a name's suffix.
    expect(readBylineLine('By Smith, Jones')).toEqual({ role: 'author', names: 'Smith, Jones' })
    expect(readBylineLine('By Martin Luther King, Jr.')).toEqual({ role: 'author', names: 'Martin Luther King, Jr.' })
    expect(readBylineLine('Par Jean Dupont (Bruxelles, correspondant)', 'fr')).toEqual({ role: 'author', names: 'Jean Dupont' })
    expect(readBylineLine('Ein Kommentar von Anna Schmidt', 'de')).toEqual({ role: 'author', names: 'Anna Schmidt' })
    for (const phrase of ['By Popular Demand', 'By Appointment Only', 'BY ORDER OF THE BOARD', 'By The Numbers'])
      expect(readBylineLine(phrase), phrase).toBeNull()
  })

  it('reads a role that says where it is held, in English and the languages read', () => {
    for (const line of ['Correspondent in Brussels', 'correspondant à Bruxelles', 'Korrespondentin', 'Europe editor']) expect(isRoleLine(line), line).toBe(true)
    for (const line of ['Letters to the editor', 'Correspondent in the field said', 'Brussels', 'Reporters in Gaza say conditions are worsening.'])
      expect(isRoleLine(line), line).toBe(false)
  })
})

describe('readRoleSignature', () => {
  it('reads a name signed with its role, on one line or two', () => {
    expect(readRoleSignature('Peter Walker, Deputy political editor', '')).toEqual({ names: 'Peter Walker', lines: 1 })
    expect(readRoleSignature('Peter Walker', 'Deputy political editor')).toEqual({ names: 'Peter Walker', lines: 2 })
    expect(readRoleSignature('Ana de la Cruz, Science correspondent', '')).toEqual({ names: 'Ana de la Cruz', lines: 1 })
  })

  it('takes no sentence, heading or outlet for a signature', () => {
    expect(readRoleSignature('John Smith, editor of the Herald, said the decision was wrong.', '')).toBeNull()
    expect(readRoleSignature('Sarah Chen, Reuters', '')).toBeNull()
    expect(readRoleSignature('The Editor', 'Letters to the editor')).toBeNull()
    expect(readRoleSignature('Peter Walker', 'Deputy political editor said on Monday')).toBeNull()
    expect(readRoleSignature('Sunak faces fresh pressure over tax cuts', 'Political editor')).toBeNull()
    expect(readRoleSignature('Introducing Sarah Chen, our new climate correspondent', '')).toBeNull()
    expect(readRoleSignature('Jane Smith', 'Letters to the editor')).toBeNull()
    expect(readRoleSignature('Jane Smith, New York correspondent', '')).toEqual({ names: 'Jane Smith', lines: 1 })
    expect(readRoleSignature('Peter Walker Deputy political editor', '')).toEqual({ names: 'Peter Walker', lines: 1 })
  })
})
