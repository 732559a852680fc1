import { canBeChoseong, disassemble, getChoseong } from 'es-hangul'

/*
 * Hangul keys come from es-hangul rather than hand-written Unicode arithmetic: a syllable's jamo
 * are not one code point each (ㅘ is ㅗ+ㅏ, the final ㄺ is ㄹ+ㄱ), and a Korean keyboard shows
 * half-typed syllables while the reader types (전종서 passes through 전조, 전종ㅅ; 일산 through 잀), which only
 * match when both sides are taken apart jamo by jamo the same way.
 */

const hangulSyllableOrJamo = /[\uAC00-\uD7A3\u3131-\u318E]/u
const notHangul = /[^\uAC00-\uD7A3\u3131-\u318E]+/gu

export function hasHangul(value: string): boolean {
  return hangulSyllableOrJamo.test(value)
}

/** Only the Hangul of a value, spaces and everything else dropped: "전 종서" → "전종서". */
export function hangulOnly(value: string): string {
  return value.replace(notHangul, '')
}

/** Each jamo of the Hangul, compound ones split: "전종ㅅ" → "ㅈㅓㄴㅈㅗㅇㅅ", a prefix of 전종서's. */
export function jamoKey(hangul: string): string {
  return disassemble(hangul)
}

/** The initial consonants: "전종서" → "ㅈㅈㅅ". */
export function initialsKey(hangul: string): string {
  return getChoseong(hangul)
}

/** True when the query is initial consonants only ("ㅈㅈㅅ"), as readers type to search fast. */
export function isInitialsQuery(hangul: string): boolean {
  return hangul.length > 0 && [...hangul].every((letter) => canBeChoseong(letter))
}

/** Start of each syllable, so "종서" or "ㅈㅅ" finds 전종서 as well as the whole name does. */
export function syllableSuffixes(hangul: string): string[] {
  const syllables = [...hangul]
  return syllables.map((_, start) => syllables.slice(start).join(''))
}
