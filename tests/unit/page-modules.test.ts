import { describe, expect, it } from 'vitest'
import { loadPageModule } from '../../src/routes/page-modules'

describe('loadPageModule', () => {
  it('gives every later navigation to a page the same load, settled once', async () => {
    const first = loadPageModule('person')
    expect(loadPageModule('person')).toBe(first)
    expect((await first).Component).toBeTypeOf('function')
    expect(loadPageModule('person')).toBe(first)
    expect(loadPageModule('film')).not.toBe(first)
  })

  it('names the file a misspelt module would be', () => {
    expect(() => loadPageModule('persons')).toThrow('src/routes/pages/persons.tsx does not exist')
  })
})
