import { describe, expect, it } from 'vitest'
import { findJsonError, parseJson } from '../../build/dataset/validate/json-positions'

describe('findJsonError', () => {
  const text = '[\n  {\n    "id": "a",,\n  }\n]'

  it('locates an error by its own scan, whatever position (if any) the engine’s message gives', () => {
    // V8's messages differ by version: "at position 20", "(line 3 column 15)", or no position at
    // all ("Unexpected end of JSON input"); the scanner reads none of them.
    expect(findJsonError(text)).toMatchObject({ line: 3, column: 15 })
    expect(findJsonError('[1, 2')).toMatchObject({ line: 1, column: 6 })
  })

  it('agrees with JSON.parse on what is valid', () => {
    const valid = ['[]', ' {"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"]} ', '0']
    const invalid = ['[1,]', '{"a" 1}', '"\t"', '01', '[1 2]', 'nul', '{"a":1}}', '"\\x"']
    for (const sample of valid) expect(findJsonError(sample)).toBeNull()
    for (const sample of invalid) {
      expect(() => JSON.parse(sample)).toThrow()
      expect(findJsonError(sample)).not.toBeNull()
    }
  })

  it('is strict: comments, trailing commas and non-JSON whitespace are errors', () => {
    for (const sample of ['// note\n[]', '[/* x */]', '[1,]', '{"a": 1,}', '[1]\u00a0']) {
      expect(() => JSON.parse(sample)).toThrow()
      expect(findJsonError(sample)).not.toBeNull()
    }
  })

  it('finds nothing when the text is valid after all', () => {
    expect(findJsonError('[]')).toBeNull()
  })

  it('says what it found and what JSON expects there', () => {
    expect(findJsonError('[\n  // the cast\n]')).toEqual({
      line: 2,
      column: 3,
      message: 'Unexpected comment',
      expected: 'no comments, which JSON does not allow',
    })
    expect(findJsonError('[\n  {"a": 1},\n]')).toEqual({
      line: 3,
      column: 1,
      message: "Unexpected ']' after a trailing comma",
      expected: 'no comma before the closing bracket, which JSON does not allow',
    })
    expect(findJsonError('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      line: 3,
      column: 3,
      message: 'Unexpected string "b" after a property value',
      expected: "',' or '}'",
    })
    expect(findJsonError('[1] x')).toEqual({
      line: 1,
      column: 5,
      message: "Unexpected 'x' after the top-level value",
      expected: 'the end of the file',
    })
    expect(findJsonError('["a\tb"]')).toMatchObject({ line: 1, column: 4 })
    expect(findJsonError('["\\x"]')).toMatchObject({ line: 1, column: 3 })
  })
})

describe('parseJson', () => {
  it('accepts a byte-order mark and writes the position into the message', () => {
    expect(parseJson('\uFEFF[1]')).toEqual({ ok: true, value: [1] })
    expect(parseJson('[1 2]')).toEqual({
      ok: false,
      problem: {
        message: "invalid JSON at line 1, column 4: Unexpected '2' after a list item",
        expected: "',' or ']'",
      },
    })
  })
})
