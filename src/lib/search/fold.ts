/*
 * Name folding shared by every search in the app: the command palette, the /search page, the
 * not-found suggestions (through search-index.ts) and the cast filter (through matchesNameKeys).
 *
 * Deliberately free of es-hangul: the cast filter ships in the main bundle, while Hangul
 * decomposition (jamo, initial consonants) lives in hangul.ts, which only the lazily loaded
 * search index imports. Hangul syllables themselves fold and compare here like any letter.
 */

/** Hangul compatibility jamo (ㄱ … ㅣ): NFKD would turn them into conjoining jamo, so skip them. */
const notCompatibilityJamo = /[^\u3131-\u318E]+/gu
const separators = /[^\p{L}\p{N}]+/u

/**
 * Lower case without diacritics, Hangul kept as whole syllables. NFKD strips accents and maps
 * full-width letters; NFC then puts Hangul syllables back together, which NFKD had split.
 */
function plain(value: string): string {
  // Lone surrogates are left as they are by normalize(); \p{L}\p{N} then drops them.
  return value.replace(notCompatibilityJamo, (run) =>
    run
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .normalize('NFC')
      .toLowerCase(),
  )
}

/** The words of a name, folded: "Ji Hun-Kim" → ["ji", "hun", "kim"]. */
export function nameWords(value: string): string[] {
  return plain(value).split(separators).filter(Boolean)
}

/**
 * Folds a name for comparison: case, diacritics, hyphens, spaces, apostrophes and any other
 * punctuation do not matter, so "Jeon Jong-Seo", "jeon jongseo" and "JEON JONG SEO" fold alike.
 */
export function foldName(value: string): string {
  return nameWords(value).join('')
}

/*
 * Romanisations of Korean disagree in predictable ways: 서 is "seo" or "so", 주 "ju" or "joo",
 * 충 "chung" or "jung", 희 "hee" or "hi". Mapping each pair to one spelling lets any of them find
 * the others. Applied to folded text only, left to right in one pass ("choong" → "jung").
 */
const variantSpellings: Record<string, string> = { ch: 'j', eo: 'o', oo: 'u', ee: 'i' }
const variantPattern = /ch|eo|oo|ee/g

/** A folded key on which romanisation variants agree: "Lee Choong Hyun" → "lijunghyun". */
export function soundKey(folded: string): string {
  return folded.replace(variantPattern, (pair) => variantSpellings[pair] ?? pair)
}

/**
 * The same name in the other order. Korean names put the family name first, English-language
 * articles often last ("Chung-Hyun Lee"): moving the first word to the end and the last word to
 * the front covers both directions. A one-word name has no other order.
 */
export function otherOrders(words: readonly string[]): string[][] {
  if (words.length < 2) return []
  const firstLast = [...words.slice(1), words[0] ?? '']
  const lastFirst = [words.at(-1) ?? '', ...words.slice(0, -1)]
  const orders = [firstLast]
  if (lastFirst.join(' ') !== firstLast.join(' ')) orders.push(lastFirst)
  return orders
}

/** A set of names folded once, so matching them against every keystroke folds nothing again. */
export type NameKeys = { plain: string[]; sound: string[] }

export function nameKeys(names: readonly string[]): NameKeys {
  const keys: NameKeys = { plain: [], sound: [] }
  for (const name of names) {
    const words = nameWords(name)
    keys.plain.push(words.join(''))
    for (const order of [words, ...otherOrders(words)]) keys.sound.push(soundKey(order.join('')))
  }
  return keys
}

/** A query folded once; `null` for an empty query, which matches everything. */
type NameQuery = { folded: string; sound: string } | null

export function nameQuery(query: string): NameQuery {
  const folded = foldName(query)
  return folded ? { folded, sound: soundKey(folded) } : null
}

/**
 * True when the query occurs in any of the names: literally, in the other name order, or as a
 * romanisation variant ("ok-joo" finds "Ok-ju", "chung-hyun lee" finds "Lee Chung-hyun").
 */
export function matchesNameKeys(query: NameQuery, keys: NameKeys): boolean {
  if (!query) return true
  return (
    keys.plain.some((key) => key.includes(query.folded)) ||
    keys.sound.some((key) => key.includes(query.sound))
  )
}
