import { describe, expect, it } from 'vitest'
import { detectLanguage } from './detectLanguage'

describe('detectLanguage', () => {
  it('recognises English prose', () => {
    expect(
      detectLanguage(
        'The Ministry of National Defence held a conference to review the results of defence diplomacy in the first half of the year, and it set tasks for the rest of it.'
      )
    ).toBe('en')
  })

  it('recognises Vietnamese by its letters', () => {
    expect(
      detectLanguage(
        'Thủ tướng Phạm Minh Chính đã có cuộc gặp với Tổng Thư ký Liên hợp quốc tại Rio de Janeiro trong khuôn khổ chuyến thăm chính thức Brazil và dự hội nghị thượng đỉnh.'
      )
    ).toBe('vi')
  })

  it('recognises French, Spanish, German, Italian, Portuguese and Dutch news by their commonest words', () => {
    const samples: Record<string, string> = {
      fr: "Le gouvernement a présenté mardi un projet de loi sur la protection des côtes, qui prévoit une hausse des crédits pour les communes et un plan de relogement des habitants les plus exposés à l'érosion.",
      es: 'El gobierno presentó el martes un proyecto de ley para la protección de las costas, que prevé más fondos para los municipios y un plan de realojo de los vecinos más expuestos a la erosión.',
      de: 'Die Regierung hat am Dienstag einen Gesetzentwurf zum Schutz der Küsten vorgelegt, der mehr Geld für die Gemeinden und einen Plan für die Umsiedlung der am stärksten gefährdeten Bewohner vorsieht.',
      it: 'Il governo ha presentato martedì un disegno di legge per la protezione delle coste, che prevede più fondi per i comuni e un piano per il trasferimento degli abitanti più esposti alla erosione.',
      pt: 'O governo apresentou na terça-feira um projeto de lei para a proteção das costas, que prevê mais verbas para os municípios e um plano de realojamento dos moradores mais expostos à erosão.',
      nl: 'De regering heeft dinsdag een wetsvoorstel voor de bescherming van de kust ingediend, dat meer geld voor de gemeenten en een plan voor het verhuizen van de meest bedreigde bewoners bevat.'
    }
    for (const [language, text] of Object.entries(samples)) expect(detectLanguage(text), language).toBe(language)
  })

  it('does not take English text full of names for the language of their particles', () => {
    expect(
      detectLanguage(
        'The mayor honoured Juan Carlos de la Cruz, María José de los Santos, Pedro del Valle, Ana Sofía de la Fuente, Luis Miguel de la Rosa and José Luis del Río on Tuesday.'
      )
    ).not.toBe('es')
    expect(
      detectLanguage('The squad named Virgil van Dijk, Stefan de Vrij, Micky van de Ven, Denzel Dumfries, Frenkie de Jong and Xavi Simons for the match.')
    ).not.toBe('nl')
  })

  it('says null when the text is too short to tell', () => {
    expect(detectLanguage('Hanoi, April 14')).toBeNull()
    expect(detectLanguage('The plan is a test of the city and its people in the making.')).toBeNull()
    expect(detectLanguage('Juan de la Cruz and Ana de la Fuente met Luis del Río in Madrid today.')).toBeNull()
  })

  it('tells a short text in another language by its many common words', () => {
    expect(detectLanguage('Die Regierung beschließt die Reform. Von Anna Schmidt. Die Bundesregierung hat am Dienstag die Reform beschlossen.')).toBe('de')
    expect(
      detectLanguage('Reform beschlossen\nVon Anna Schmidt\nDie Bundesregierung hat am Dienstag die Reform beschlossen. Die Opposition ist dagegen.')
    ).toBe('de')
    expect(detectLanguage('Le gouvernement a adopté la réforme des retraites, qui entre en vigueur le mois prochain.')).toBe('fr')
  })
})
