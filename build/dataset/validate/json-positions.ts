import { printParseErrorCode, visit } from 'jsonc-parser'

/*
 * JSON syntax: JSON.parse decides what is valid (it is strict and fast), and only when it
 * fails does jsonc-parser's scanner find where and why, because V8's messages often carry no
 * position and quote a raw snippet of the text instead.
 */

export type JsonError = { line: number; column: number; message: string; expected?: string }

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
    const found = findJsonError(text)
    if (!found) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      return { ok: false, problem: { message: `invalid JSON (position unknown): ${reason}` } }
    }
    const { line, column, message, expected } = found
    const where = `invalid JSON at line ${line}, column ${column}: ${message}`
    return {
      ok: false,
      problem: expected === undefined ? { message: where } : { message: where, expected },
    }
  }
}

type FirstError = { code: string; offset: number; length: number; depth: number; inObject: boolean }

/**
 * The first syntax error in text with its 1-based line and column, or null when the text is
 * strict JSON: comments and trailing commas are errors, as they are for JSON.parse.
 */
export function findJsonError(text: string): JsonError | null {
  // Cast so that TypeScript does not narrow it to null: the visitor's callback assigns it.
  let first = null as FirstError | null
  const open: ('{' | '[')[] = []
  visit(
    text,
    {
      onObjectBegin: () => void open.push('{'),
      onArrayBegin: () => void open.push('['),
      onObjectEnd: () => void open.pop(),
      onArrayEnd: () => void open.pop(),
      onError: (error, offset, length) => {
        first ??= {
          code: printParseErrorCode(error),
          offset,
          length,
          depth: open.length,
          inObject: open.at(-1) === '{',
        }
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  )
  if (!first) return null
  const { code, offset, length, depth, inObject } = first
  const token = text.slice(offset, offset + length)
  const found = describeToken(token)
  const close = inObject ? "'}'" : "']'"
  const at = (message: string, expected?: string, at = offset): JsonError => ({
    ...lineAndColumn(text, at),
    message,
    ...(expected === undefined ? {} : { expected }),
  })
  const afterComma = /,\s*$/.test(text.slice(0, offset)) && /^[}\]]$/.test(token)

  // Stray text after the top-level value is scanned as a bad symbol rather than as extra input.
  const afterValue = depth === 0 && text.slice(0, offset).trim() !== ''

  switch (afterValue ? 'EndOfFileExpected' : code) {
    case 'PropertyNameExpected':
    case 'ValueExpected':
      if (afterComma) return at(`Unexpected ${found} after a trailing comma`, noTrailingComma)
      return at(
        `Unexpected ${found}`,
        code === 'ValueExpected' ? 'a value' : 'a property name in double quotes',
      )
    case 'CommaExpected':
      return at(
        `Unexpected ${found} after ${inObject ? 'a property value' : 'a list item'}`,
        `',' or ${close}`,
      )
    case 'CloseBraceExpected':
    case 'CloseBracketExpected':
      return at(`Unexpected ${found}`, `',' or ${close}`)
    case 'ColonExpected':
      return at(`Unexpected ${found} after a property name`, "':'")
    case 'EndOfFileExpected':
      return at(`Unexpected ${found} after the top-level value`, 'the end of the file')
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return at('Unexpected comment', 'no comments, which JSON does not allow')
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return at(`Unfinished number ${found}`, 'a number such as 12, -3.5 or 1e6')
    case 'UnexpectedEndOfString':
      return at(`Unterminated string ${found}`, "a closing '\"' on the same line")
    case 'InvalidCharacter':
      return at(
        'Unescaped control character in a string',
        'control characters written as escapes such as \\t or \\n',
        offset + firstControlCharacter(token),
      )
    case 'InvalidEscapeCharacter':
      return at(
        'Unknown escape in a string',
        'one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX',
        offset + inside(token, /\\[^"\\/bfnrtu]/),
      )
    case 'InvalidUnicode':
      return at(
        'Unfinished \\u escape in a string',
        'four hex digits after \\u',
        offset + inside(token, /\\u(?![0-9a-fA-F]{4})/),
      )
    default:
      return at(`Unexpected ${found}`, 'a value')
  }
}

const noTrailingComma = 'no comma before the closing bracket, which JSON does not allow'

/* String errors are reported at the string's start; the bad character itself is more useful. */
const inside = (token: string, pattern: RegExp) => Math.max(token.search(pattern), 0)

function firstControlCharacter(token: string): number {
  for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) < 0x20) return i
  return 0
}

function describeToken(token: string): string {
  if (token === '') return 'end of file'
  const short = token.length > 20 ? `${token.slice(0, 17)}...` : token
  return token.startsWith('"') ? `string ${short}` : `'${short}'`
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
