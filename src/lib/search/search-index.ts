import { hangulOnly, initialsKey } from './hangul.ts'
import { PrefixIndex } from './prefix-index.ts'
import { closestParts, keysOf, maxNames, queryKeys, type KeySource } from './search-keys.ts'

/*
 * One search engine for the palette, the /search page and the not-found suggestions. Why our own
 * code and not a search library: what decides a match here is name knowledge (romanisation
 * variants, family/given order, Hangul jamo and initials) that general engines do not have, so
 * their fuzzy scoring would have to be fed our keys anyway; and scanning libraries (Fuse.js)
 * score every record per keystroke, which at catalogue scale is far over the keystroke budget.
 * Sorted key arrays with binary-searched prefixes do a keystroke in O(log n) and explain each
 * match.
 */

type NameRole = 'name' | 'alias' | 'hangul'
export type SearchName = { text: string; role: NameRole }

export type SearchEntry = {
  /** The record's spellings: its name or title first, then aliases and Hangul. */
  names: readonly SearchName[]
  /** A personal name, which may be written family name first or last. */
  reorder?: boolean
  /** Breaks ties between equally good matches: lower comes first (people before events). */
  weight?: number
}

/** How a result matched, from best to worst tier: exact, prefix, alias, fuzzy. */
type MatchHow = 'name' | 'word' | 'hangul' | 'initials' | 'alias' | 'order' | 'variant' | 'fuzzy'

type Tier = 0 | 1 | 2 | 3

export type SearchHit<T extends SearchEntry> = {
  entry: T
  tier: Tier
  how: MatchHow
  /** The key equals the query, not only starts with it. */
  exact: boolean
  /** The spelling that matched, as the data writes it. */
  matched: SearchName
}

export type SearchIndex<T extends SearchEntry> = {
  search: (query: string, options?: { limit?: number }) => SearchHit<T>[]
  /** The search, then each word on its own: for "jeon-jongseo" or "ballerina-2024" in a URL. */
  closest: (text: string, options?: { limit?: number }) => SearchHit<T>[]
}

type Source = {
  index: PrefixIndex
  how: MatchHow
  /** Keys are whole spellings, so one equal to the query is an exact match. */
  whole: boolean
  tier: (exact: boolean) => Tier
}

/** Every string one edit (insert, delete, replace, swap) away from `key`. */
function oneEditAway(key: string, alphabet: readonly string[]): Set<string> {
  const near = new Set<string>()
  for (let at = 0; at <= key.length; at += 1) {
    const before = key.slice(0, at)
    const after = key.slice(at)
    for (const letter of alphabet) near.add(before + letter + after)
    if (at < key.length) {
      near.add(before + key.slice(at + 1))
      for (const letter of alphabet) near.add(before + letter + key.slice(at + 1))
    }
    if (at < key.length - 1)
      near.add(before + key.charAt(at + 1) + key.charAt(at) + key.slice(at + 2))
  }
  near.delete(key)
  return near
}

export function createSearchIndex<T extends SearchEntry>(entries: readonly T[]): SearchIndex<T> {
  const names = new PrefixIndex()
  const words = new PrefixIndex()
  const hangul = new PrefixIndex()
  const hangulWords = new PrefixIndex()
  const initials = new PrefixIndex()
  const aliases = new PrefixIndex()
  const aliasWords = new PrefixIndex()
  const orders = new PrefixIndex()
  const sounds = new PrefixIndex()
  const orderSounds = new PrefixIndex()
  const into: Record<KeySource, PrefixIndex> = {
    names,
    words,
    hangul,
    hangulWords,
    initials,
    aliases,
    aliasWords,
    orders,
    sounds,
    orderSounds,
  }

  entries.forEach((entry, entryIndex) => {
    for (const [source, key, nameIndex] of keysOf(entry)) {
      into[source].add(key, entryIndex * maxNames + nameIndex)
    }
  })
  const all = [names, words, hangul, hangulWords, initials, aliases, aliasWords, orders, sounds]
  for (const index of [...all, orderSounds]) index.build()
  const alphabet = sounds.alphabet()

  // Only a whole spelling can match exactly; a word inside a name is at best a prefix match.
  const exactOrPrefix = (exact: boolean): Tier => (exact ? 0 : 1)
  const source = {
    names: { index: names, how: 'name', whole: true, tier: exactOrPrefix },
    words: { index: words, how: 'word', whole: false, tier: () => 1 },
    hangul: { index: hangul, how: 'hangul', whole: true, tier: exactOrPrefix },
    hangulWords: { index: hangulWords, how: 'hangul', whole: false, tier: () => 1 },
    initials: { index: initials, how: 'initials', whole: false, tier: () => 1 },
    aliases: { index: aliases, how: 'alias', whole: true, tier: (exact) => (exact ? 0 : 2) },
    aliasWords: { index: aliasWords, how: 'alias', whole: false, tier: () => 2 },
    orders: { index: orders, how: 'order', whole: false, tier: () => 2 },
    sounds: { index: sounds, how: 'variant', whole: false, tier: () => 2 },
    orderSounds: { index: orderSounds, how: 'order', whole: false, tier: () => 2 },
    // Typos are looked for in names as written only: with the other orders as well, nearly every
    // short query would be one letter away from some rotated name.
    fuzzy: { index: sounds, how: 'fuzzy', whole: false, tier: () => 3 },
  } satisfies Record<string, Source>

  function search(query: string, options: { limit?: number } = {}): SearchHit<T>[] {
    const limit = Math.max(1, options.limit ?? 10)
    // Enough candidates per lookup to rank the best `limit`, never the whole range of a letter.
    const perLookup = limit * 3
    const { folded, sound, jamo, initials: typedInitials, fuzzy } = queryKeys(query)
    const found = new Map<number, SearchHit<T>>()

    const lookup = (from: Source, key: string, exactOnly = false) => {
      let added = 0
      let seen = 0
      from.index.visit(
        key,
        (candidate, refs) => {
          const exact = from.whole && candidate === key
          const tier = from.tier(exact)
          for (const ref of refs) {
            // A short key ("kim", "ㄱ") is shared by thousands: stop once there are enough.
            if (added >= perLookup || seen >= perLookup * 4) return false
            seen += 1
            const entryIndex = Math.floor(ref / maxNames)
            const entry = entries[entryIndex]
            const matched = entry?.names[ref % maxNames]
            if (!entry || !matched) continue
            const known = found.get(entryIndex)
            if (known && (known.tier < tier || (known.tier === tier && (known.exact || !exact)))) {
              continue
            }
            if (!known) added += 1
            found.set(entryIndex, { entry, tier, how: from.how, exact, matched })
          }
          return true
        },
        exactOnly,
      )
    }

    if (folded) {
      lookup(source.names, folded)
      lookup(source.aliases, folded, true)
      lookup(source.words, folded)
    }
    if (jamo) {
      lookup(source.hangul, jamo)
      lookup(source.hangulWords, jamo)
      if (typedInitials) lookup(source.initials, typedInitials)
    }
    // Lower tiers cannot outrank what is already there: look only while the list is short.
    if (folded && found.size < limit) {
      lookup(source.aliases, folded)
      lookup(source.aliasWords, folded)
      lookup(source.orders, folded)
      lookup(source.sounds, sound)
      lookup(source.orderSounds, sound)
    }
    if (found.size < limit && fuzzy) {
      for (const near of oneEditAway(fuzzy, alphabet)) {
        lookup(source.fuzzy, near)
        if (found.size >= limit * 2) break
      }
    }

    return [...found.values()].sort(byRank).slice(0, limit)
  }

  function closest(text: string, options: { limit?: number } = {}): SearchHit<T>[] {
    const limit = Math.max(1, options.limit ?? 5)
    const hits = search(text, { limit })
    const seen = new Set(hits.map((hit) => hit.entry))
    const more = closestParts(text)
      .flatMap((part) => search(part, { limit }))
      .sort(byRank)
    for (const hit of more) {
      if (hits.length >= limit) break
      if (seen.has(hit.entry)) continue
      seen.add(hit.entry)
      hits.push(hit)
    }
    return hits
  }

  return { search, closest }
}

function byRank<T extends SearchEntry>(a: SearchHit<T>, b: SearchHit<T>): number {
  return (
    a.tier - b.tier ||
    Number(b.exact) - Number(a.exact) ||
    (a.entry.weight ?? 0) - (b.entry.weight ?? 0) ||
    (a.entry.names[0]?.text.length ?? 0) - (b.entry.names[0]?.text.length ?? 0) ||
    compareText(a.entry.names[0]?.text ?? '', b.entry.names[0]?.text ?? '')
  )
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Why a result matched, in words a reader understands: "Also written Ok-joo". */
export function describeMatch(
  hit: SearchHit<SearchEntry>,
  noun: 'name' | 'title' = 'name',
): string {
  const { how, exact, matched } = hit
  switch (how) {
    case 'name':
      return exact ? `Exact ${noun}` : `Start of the ${noun}`
    case 'word':
      return `A word in the ${noun}`
    case 'hangul':
      return `Hangul ${matched.text}`
    case 'initials':
      return `Hangul initials ${initialsKey(hangulOnly(matched.text.normalize('NFC')))} (${matched.text})`
    case 'alias':
      return `Also written ${matched.text}`
    case 'order':
      return matched.role === 'alias'
        ? `Also written ${matched.text}, in the other order`
        : 'Family and given name in the other order'
    case 'variant':
      return matched.role === 'alias' ? `Also written ${matched.text}` : 'Romanised differently'
    case 'fuzzy':
      return `Close spelling of ${matched.text}`
  }
}
