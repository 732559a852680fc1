import { describe, expect, it } from 'vitest'
import {
  canonicalLocation,
  decodeOrKeep,
  hostResolvedPath,
  stripBase,
} from '../../src/lib/canonical-path'

const at = (pathname: string, search = '', hash = '') => ({ pathname, search, hash })

describe('canonicalLocation', () => {
  it('keeps a page at its own address, with or without a trailing slash', () => {
    expect(canonicalLocation(at('/people/gray'), '/', '/people/gray')).toEqual({
      href: '',
      same: true,
    })
    expect(
      canonicalLocation(at('/explorer/people/gray/'), '/explorer/', '/people/gray')?.same,
    ).toBe(true)
    expect(canonicalLocation(at('/explorer/'), '/explorer/', '/')?.same).toBe(true)
  })

  it('moves addresses a host maps to the same file to the canonical one, query and hash kept', () => {
    const cases = [
      '/films//ballerina-2023',
      '/films%2Fballerina-2023',
      '/films/ballerina-2023/index.html',
      '//films/ballerina-2023/',
    ]
    for (const pathname of cases) {
      expect(canonicalLocation(at(pathname, '?x=1', '#a'), '/', '/films/ballerina-2023')).toEqual({
        href: '/films/ballerina-2023?x=1#a',
        same: false,
      })
    }
    expect(canonicalLocation(at('/index.html'), '/', '/')?.href).toBe('/')
    expect(
      canonicalLocation(at('/explorer/films/x//cast'), '/explorer/', '/films/x/cast')?.href,
    ).toBe('/explorer/films/x/cast')
  })

  it('says the address is another page when it is', () => {
    expect(canonicalLocation(at('/people/kim-ji-hoon'), '/', '/people/gray')).toBeNull()
    expect(canonicalLocation(at('/films/x/CAST'), '/', '/films/x/cast')).toBeNull()
  })

  it('resolves paths as hosts do', () => {
    expect(hostResolvedPath('/a//b/index.html')).toBe('/a/b')
    expect(hostResolvedPath('/')).toBe('/')
  })
})

describe('stripBase', () => {
  it('takes the base off paths under it, and answers null for paths outside it', () => {
    expect(stripBase('/people/gray', '/')).toBe('/people/gray')
    expect(stripBase('/explorer/people/gray', '/explorer/')).toBe('/people/gray')
    expect(stripBase('/explorer/', '/explorer/')).toBe('/')
    expect(stripBase('/explorer', '/explorer/')).toBe('/')
    expect(stripBase('/elsewhere/people/gray', '/explorer/')).toBeNull()
  })
})

describe('decodeOrKeep', () => {
  it('decodes percent-encoding and keeps text that is not valid encoding', () => {
    expect(decodeOrKeep('jeon%20jong-seo')).toBe('jeon jong-seo')
    expect(decodeOrKeep('%E1%84%8C')).toBe('\u110C')
    expect(decodeOrKeep('100%')).toBe('100%')
    expect(decodeOrKeep('%ED%A0%80')).toBe('%ED%A0%80')
  })
})
