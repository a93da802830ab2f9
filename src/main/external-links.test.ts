import { describe, expect, it, vi } from 'vitest'
import { openLinkOutside } from './external-links'

describe('openLinkOutside', () => {
  it('hands web and mail addresses to the system browser and opens no window', () => {
    const open = vi.fn(() => Promise.resolve())
    expect(openLinkOutside('https://example.org/story?id=1', open)).toEqual({ action: 'deny' })
    expect(openLinkOutside('mailto:desk@example.org', open)).toEqual({ action: 'deny' })
    expect(open.mock.calls).toEqual([['https://example.org/story?id=1'], ['mailto:desk@example.org']])
  })

  it('opens nothing for scripts, files, data or the app itself', () => {
    const open = vi.fn(() => Promise.resolve())
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>1</script>', 'about:blank', '#notes', 'relative/page.html']) {
      expect(openLinkOutside(url, open)).toEqual({ action: 'deny' })
    }
    expect(open).not.toHaveBeenCalled()
  })

  it('survives a browser that fails to open', async () => {
    const open = vi.fn(() => Promise.reject(new Error('no browser')))
    expect(openLinkOutside('https://example.org', open)).toEqual({ action: 'deny' })
    await Promise.resolve()
    expect(open).toHaveBeenCalledOnce()
  })
})
