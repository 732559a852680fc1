import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError, locateJsonError } from '../../build/dataset/validate/json-positions'

describe('locateJsonError', () => {
  const text = '[\n  {\n    "id": "a",,\n  }\n]'

  it('reads a position from the error message', () => {
    expect(locateJsonError(text, 'Unexpected token , in JSON at position 20')).toEqual({
      line: 3,
      column: 15,
    })
  })

  it('reads a line and column from the error message', () => {
    const message = `Expected double-quoted property name in JSON at position 20 (line 3 column 15)`
    expect(locateJsonError(text, message)).toEqual({ line: 3, column: 15 })
  })

  it('finds the error itself when the message gives no position', () => {
    expect(locateJsonError(text, `Unexpected token ',', "..." is not valid JSON`)).toEqual({
      line: 3,
      column: 15,
    })
    expect(locateJsonError('[1, 2', 'Unexpected end of JSON input')).toEqual({
      line: 1,
      column: 6,
    })
  })

  it('agrees with JSON.parse on what is valid', () => {
    const valid = ['[]', ' {"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"]} ', '0']
    const invalid = ['[1,]', '{"a" 1}', '"\t"', '01', '[1 2]', 'nul', '{"a":1}}', '"\\x"']
    for (const sample of valid) expect(findJsonSyntaxError(sample)).toBeNull()
    for (const sample of invalid) {
      expect(() => JSON.parse(sample)).toThrow()
      expect(findJsonSyntaxError(sample)).not.toBeNull()
    }
  })

  it('gives up gracefully when the text is valid after all', () => {
    expect(locateJsonError('[]', 'something else')).toBeNull()
  })
})
