import { describe, expect, it } from 'vitest'
import { resolveStaticPath } from './static-files'

describe('resolveStaticPath', () => {
  it('maps / to index.html and paths inside the root', () => {
    expect(resolveStaticPath('/srv/app', '/')).toBe('/srv/app/index.html')
    expect(resolveStaticPath('/srv/app', '/assets/app.js?v=1')).toBe('/srv/app/assets/app.js')
  })

  it('refuses anything that escapes the root', () => {
    expect(resolveStaticPath('/srv/app', '/../secret')).toBeNull()
    expect(resolveStaticPath('/srv/app', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull()
    expect(resolveStaticPath('/srv/app', '/assets/%00.js')).toBeNull()
    expect(resolveStaticPath('/srv/app', '/%E0%A4%A')).toBeNull()
    expect(resolveStaticPath('/srv/app', '/..%2fapp-other/x')).toBeNull()
  })
})
