import { describe, expect, it } from 'vitest'
import { basePathFrom, siteUrlFrom } from '../../build/host'

describe('basePathFrom', () => {
  it('gives the root or a sub-path with one slash each side', () => {
    expect(basePathFrom(undefined)).toBe('/')
    expect(basePathFrom('/')).toBe('/')
    expect(basePathFrom(' ')).toBe('/')
    expect(basePathFrom('explorer')).toBe('/explorer/')
    expect(basePathFrom('/explorer/')).toBe('/explorer/')
    expect(basePathFrom('//explorer//')).toBe('/explorer/')
  })
})

describe('siteUrlFrom', () => {
  it('keeps the origin only and rejects what is not http(s)', () => {
    expect(siteUrlFrom(undefined)).toBeUndefined()
    expect(siteUrlFrom(' ')).toBeUndefined()
    expect(siteUrlFrom('https://example.org/explorer/')).toBe('https://example.org')
    expect(() => siteUrlFrom('ftp://example.org')).toThrow(/http/)
  })
})
