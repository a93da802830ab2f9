import { describe, expect, it } from 'vitest'
import { hasValidToken, isAllowedHost, isAllowedOrigin, isJsonContentType } from './request-guard'

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

  it('requires a JSON content type', () => {
    expect(isJsonContentType('application/json; charset=utf-8')).toBe(true)
    expect(isJsonContentType('text/plain')).toBe(false)
    expect(isJsonContentType('application/x-www-form-urlencoded')).toBe(false)
    expect(isJsonContentType(undefined)).toBe(false)
  })
})
