import { describe, expect, it } from 'vitest'
import { basePathFrom, withBase, siteUrlFrom } from '../../build/host'

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

describe('withBase', () => {
  it('joins a path under the base with one slash', () => {
    expect(withBase('/', '/people/gray')).toBe('/people/gray')
    expect(withBase('/explorer/', '/people/gray')).toBe('/explorer/people/gray')
    expect(withBase('/explorer/', 'og/site.png')).toBe('/explorer/og/site.png')
    expect(withBase('/explorer/', '/')).toBe('/explorer/')
  })
})
