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

  it('says null when the text is too short to tell', () => {
    expect(detectLanguage('Hanoi, April 14')).toBeNull()
  })
})
