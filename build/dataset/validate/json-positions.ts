/*
 * JSON syntax: where JSON.parse failed, as a line and column, and why.
 */

export type ParseResult =
  { ok: true; value: unknown } | { ok: false; problem: { message: string; expected?: string } }

export function parseJson(rawText: string): ParseResult {
  // Editors on Windows like to save a byte-order mark, which JSON.parse refuses.
  const text = rawText.replace(/^\uFEFF/, '')
  if (text.trim() === '') {
    return { ok: false, problem: { message: 'file is empty', expected: 'a JSON array' } }
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const at = locateJsonError(text, reason)
    const where = at ? `at line ${at.line}, column ${at.column}` : '(position unknown)'
    return { ok: false, problem: { message: `invalid JSON ${where}: ${cleanJsonReason(reason)}` } }
  }
}

/**
 * Where JSON.parse failed, as a 1-based line and column. V8 sometimes gives a position, newer
 * versions a line and column, and Node 20 often neither ("Unexpected token '}', ..."), so
 * as a last resort the text is scanned for the first syntax error.
 */
export function locateJsonError(
  text: string,
  errorMessage: string,
): { line: number; column: number } | null {
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(errorMessage)
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
  const position = /at position (\d+)/.exec(errorMessage)
  if (position) return lineAndColumn(text, Math.min(Number(position[1]), text.length))
  const offset = findJsonSyntaxError(text)
  return offset === null ? null : lineAndColumn(text, offset)
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    const char = text[i]
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

function cleanJsonReason(reason: string): string {
  const cleaned = reason
    // V8 appends a snippet of the text, which is noise once line and column are given.
    .replace(/, (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '')
    .replace(/ in JSON at position \d+/, '')
    .replace(/ \(line \d+ column \d+\)/, '')
    .trim()
  return cleaned || 'syntax error'
}

/** Offset of the first JSON syntax error in text, or null when there is none. */
export function findJsonSyntaxError(text: string): number | null {
  let i = 0
  const skipWhitespace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++
  }
  const digits = () => {
    const start = i
    while (i < text.length && /[0-9]/.test(text[i] ?? '')) i++
    return i > start
  }
  const literal = (word: string) => {
    for (const char of word) {
      if (text[i] !== char) return false
      i++
    }
    return true
  }
  const string = (): boolean => {
    i++
    while (i < text.length) {
      const char = text[i] ?? ''
      if (char === '"') {
        i++
        return true
      }
      if (char.charCodeAt(0) < 0x20) return false
      if (char === '\\') {
        i++
        const escaped = text[i] ?? ''
        if (escaped === 'u') {
          for (let k = 0; k < 4; k++) {
            i++
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) return false
          }
        } else if (!'"\\/bfnrt'.includes(escaped) || escaped === '') {
          return false
        }
      }
      i++
    }
    return false
  }
  const number = (): boolean => {
    if (text[i] === '-') i++
    if (text[i] === '0') i++
    else if (!/[1-9]/.test(text[i] ?? '') || !digits()) return false
    if (text[i] === '.') {
      i++
      if (!digits()) return false
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++
      if (text[i] === '+' || text[i] === '-') i++
      if (!digits()) return false
    }
    return true
  }
  const sequence = (close: string, member: () => boolean): boolean => {
    i++
    skipWhitespace()
    if (text[i] === close) {
      i++
      return true
    }
    for (;;) {
      if (!member()) return false
      skipWhitespace()
      if (text[i] === ',') {
        i++
        skipWhitespace()
        continue
      }
      if (text[i] !== close) return false
      i++
      return true
    }
  }
  const value = (): boolean => {
    skipWhitespace()
    const char = text[i]
    if (char === '{') {
      return sequence('}', () => {
        if (text[i] !== '"' || !string()) return false
        skipWhitespace()
        if (text[i] !== ':') return false
        i++
        return value()
      })
    }
    if (char === '[') return sequence(']', value)
    if (char === '"') return string()
    if (char === 't') return literal('true')
    if (char === 'f') return literal('false')
    if (char === 'n') return literal('null')
    return number()
  }
  if (!value()) return Math.min(i, text.length)
  skipWhitespace()
  return i < text.length ? i : null
}
