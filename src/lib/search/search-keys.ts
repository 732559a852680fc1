import { foldName, nameWords, otherOrders, soundKey } from './fold.ts'
import {
  hangulOnly,
  hasHangul,
  initialsKey,
  isInitialsQuery,
  jamoKey,
  syllableSuffixes,
} from './hangul.ts'

import type { SearchEntry } from './search-index.ts'

/*
 * The keys the engine files a record under and looks a query up by: one folding for the engine,
 * for the build's shards and for choosing which shards a query reads.
 */

/** At most this many spellings per record are indexed: the reference packs the spelling in 5 bits. */
export const maxNames = 32
/** No name is longer; cutting the query bounds the work a pasted essay can cause. */
export const maxKeyLength = 80
/** Typos are tolerated from this many folded letters, and up to the second bound. */
export const fuzzyFrom = 5
export const fuzzyUpTo = 32

/** Start of each word after the first: "jeonjongseo" for ["jeon","jong","seo"] → jongseo, seo. */
function wordSuffixes(words: readonly string[]): string[] {
  return words.slice(1).map((_, at) => words.slice(at + 1).join(''))
}

/** The prefix indexes a record's keys go into, one per way of matching. */
export type KeySource =
  | 'names'
  | 'words'
  | 'hangul'
  | 'hangulWords'
  | 'initials'
  | 'aliases'
  | 'aliasWords'
  | 'orders'
  | 'sounds'
  | 'orderSounds'

/**
 * Every key of a record, in the order the index adds them. Exported so the build can place a
 * record in the shards its keys start in, with the very keys the engine will look up.
 */
export function forEachKey(
  entry: SearchEntry,
  add: (source: KeySource, key: string, nameIndex: number) => void,
): void {
  entry.names.slice(0, maxNames).forEach((name, nameIndex) => {
    const put = (source: KeySource, key: string) => add(source, key, nameIndex)
    if (name.role === 'hangul' || (name.role === 'name' && hasHangul(name.text))) {
      const syllables = hangulOnly(name.text.normalize('NFC'))
      if (syllables) {
        const [whole, ...rest] = syllableSuffixes(syllables)
        put('hangul', jamoKey(whole ?? ''))
        for (const suffix of rest) put('hangulWords', jamoKey(suffix))
        for (const suffix of syllableSuffixes(initialsKey(syllables))) put('initials', suffix)
      }
      if (name.role === 'hangul') return
    }
    const written = nameWords(name.text)
    if (written.length === 0) return
    put(name.role === 'name' ? 'names' : 'aliases', written.join(''))
    for (const suffix of wordSuffixes(written)) {
      put(name.role === 'name' ? 'words' : 'aliasWords', suffix)
    }
    put('sounds', soundKey(written.join('')))
    for (const suffix of wordSuffixes(written)) put('sounds', soundKey(suffix))
    for (const order of entry.reorder ? otherOrders(written) : []) {
      put('orders', order.join(''))
      put('orderSounds', soundKey(order.join('')))
    }
  })
}

type EntryKey = [source: KeySource, key: string, nameIndex: number]
const entryKeys = new WeakMap<SearchEntry, EntryKey[]>()

/**
 * A record's keys, folded once: the browser indexes the records of each new set of shards a query
 * reads, mostly records it has indexed for the keystroke before.
 */
export function keysOf(entry: SearchEntry): EntryKey[] {
  let keys = entryKeys.get(entry)
  if (!keys) {
    const found: EntryKey[] = []
    forEachKey(entry, (source, key, nameIndex) => found.push([source, key, nameIndex]))
    entryKeys.set(entry, (keys = found))
  }
  return keys
}

/** What a query looks up: the same folding for the engine and for choosing shards. */
type QueryKeys = {
  folded: string
  sound: string
  /** The Hangul typed, taken apart into jamo. */
  jamo: string
  /** The Hangul typed when it is initial consonants only, else empty. */
  initials: string
  /** The sound key when typo tolerance applies to it, else empty. */
  fuzzy: string
}

export function queryKeys(query: string): QueryKeys {
  const text = String(query ?? '').slice(0, maxKeyLength * 4)
  const folded = foldName(text).slice(0, maxKeyLength)
  const typedHangul = hangulOnly(text.normalize('NFC')).slice(0, maxKeyLength)
  const sound = soundKey(folded)
  return {
    folded,
    sound,
    jamo: typedHangul ? jamoKey(typedHangul) : '',
    initials: typedHangul && isInitialsQuery(typedHangul) ? typedHangul : '',
    fuzzy: sound.length >= fuzzyFrom && sound.length <= fuzzyUpTo ? sound : '',
  }
}

/** The words of a mistyped address that `closest` also searches on their own. */
export function closestParts(text: string): string[] {
  const parts = nameWords(String(text ?? '').slice(0, maxKeyLength * 4))
  return parts.length < 2 ? [] : parts.filter((part) => part.length >= 3)
}
