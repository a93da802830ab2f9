import { describe, expect, it } from 'vitest'
import { readClosingSignature } from './closingSignature'

describe('readClosingSignature', () => {
  it('reads the names and source a Vietnamese story signs with at its end', () => {
    expect(readClosingSignature('Vũ Anh (theo Reuters)', 'vi')).toEqual({ names: 'Vũ Anh', source: 'Reuters' })
    expect(readClosingSignature('Lan Anh - Theo AFP', 'vi')).toEqual({ names: 'Lan Anh', source: 'AFP' })
    expect(readClosingSignature('Vũ Anh – Ngọc Hùng (theo AP, AFP)', 'vi')).toEqual({ names: 'Vũ Anh – Ngọc Hùng', source: 'AP, AFP' })
    expect(readClosingSignature('Theo TTXVN', 'vi')).toEqual({ names: null, source: 'TTXVN' })
    expect(readClosingSignature('Theo VnExpress, Tuổi Trẻ', 'vi')).toEqual({ names: null, source: 'VnExpress, Tuổi Trẻ' })
  })

  it('reads no sentence, and nothing in a text not in Vietnamese', () => {
    expect(readClosingSignature('Theo ông Nguyễn Văn An, giá sẽ còn tăng.', 'vi')).toBeNull()
    for (const line of ['Người dân vui mừng', 'Hà Nội', 'Chúc Mừng Năm Mới', 'Ngọc Hùng - Anh Vũ', 'Theo dòng thời sự', 'Theo quy định'])
      expect(readClosingSignature(line, 'vi'), line).toBeNull()
    expect(readClosingSignature('Jane Smith', 'en')).toBeNull()
  })
})
