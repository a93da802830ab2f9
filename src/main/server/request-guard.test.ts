import { describe, expect, it } from 'vitest'
import { hasValidToken, isAllowedHost, isAllowedOrigin, apiBodyKind } from './request-guard'

describe('request guard', () => {
  it('accepts only loopback Host headers with the right port', () => {
    expect(isAllowedHost('127.0.0.1:4000', 4000)).toBe(true)
    expect(isAllowedHost('localhost:4000', 4000)).toBe(true)
    expect(isAllowedHost('evil.example:4000', 4000)).toBe(false)
    expect(isAllowedHost('127.0.0.1:4001', 4000)).toBe(false)
    expect(isAllowedHost(undefined, 4000)).toBe(false)
  })

  it('accepts a missing Origin or our own, nothing else', () => {
    expect(isAllowedOrigin(undefined, 4000)).toBe(true)
    expect(isAllowedOrigin('http://127.0.0.1:4000', 4000)).toBe(true)
    expect(isAllowedOrigin('http://evil.example', 4000)).toBe(false)
    expect(isAllowedOrigin('null', 4000)).toBe(false)
    expect(isAllowedOrigin('http://127.0.0.1:4000.evil.example', 4000)).toBe(false)
  })

  it('compares bearer tokens exactly', () => {
    expect(hasValidToken('Bearer abc123', 'abc123')).toBe(true)
    expect(hasValidToken('Bearer abc124', 'abc123')).toBe(false)
    expect(hasValidToken('Bearer abc', 'abc123')).toBe(false)
    expect(hasValidToken('abc123', 'abc123')).toBe(false)
    expect(hasValidToken(undefined, 'abc123')).toBe(false)
  })

  it('accepts JSON bodies, with or without file parts, and nothing a cross-site form can send', () => {
    expect(apiBodyKind('application/json; charset=utf-8')).toBe('json')
    expect(apiBodyKind('application/x-gloss-parts')).toBe('parts')
    expect(apiBodyKind('multipart/form-data; boundary=x')).toBeNull()
    expect(apiBodyKind('text/plain')).toBeNull()
    expect(apiBodyKind('application/x-www-form-urlencoded')).toBeNull()
    expect(apiBodyKind(undefined)).toBeNull()
  })
})
