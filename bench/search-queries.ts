import { initialsKey } from '../src/lib/search/hangul.ts'
import type { Entry } from '../src/features/search/search-entries.ts'
import type { SearchEntry } from '../src/lib/search/search-index.ts'
import { seededRandom } from './seeded-random.ts'
import { capitalise, familyNames, givenSyllables, type Syllable } from './synthetic-names.ts'

/*
 * What the search benchmarks search and type: synthetic Korean names with the romanisations real
 * articles use and their Hangul, and readers' keystrokes, prefixes, typos, Hangul and initials.
 */

type BenchEntry = SearchEntry & { hangul: string; romanised: string }

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

export function syntheticEntries(count: number, seed = 2023): BenchEntry[] {
  const random = seededRandom(seed)
  const entries: BenchEntry[] = []
  for (let i = 0; i < count; i += 1) {
    const family = pick(random, familyNames)
    const given = [pick(random, givenSyllables), pick(random, givenSyllables)]
    const spell = (syllable: Syllable, variant: number) =>
      syllable[1 + (variant % (syllable.length - 1))] ?? ''
    const givenName = (variant: number) =>
      given.map((syllable, at) =>
        at === 0 ? capitalise(spell(syllable, variant)) : spell(syllable, variant),
      )
    const [first, second] = givenName(0)
    const name = `${spell(family, 0)} ${first}-${second}`
    const hangul = family[0] + given.map((syllable) => syllable[0]).join('')
    const aliases: string[] = []
    // About a third have a second spelling in the press, some written given name first.
    if (random() < 0.35) {
      const [a, b] = givenName(1)
      aliases.push(
        random() < 0.5
          ? `${spell(family, 1)} ${a} ${capitalise(b ?? '')}`
          : `${a}-${b} ${spell(family, 1)}`,
      )
    }
    entries.push({
      names: [
        { text: name, role: 'name' },
        ...aliases.map((text) => ({ text, role: 'alias' as const })),
        { text: hangul, role: 'hangul' },
      ],
      reorder: true,
      hangul,
      romanised: name,
    })
  }
  return entries
}

type Query = { kind: string; text: string }

/** What readers type, keystroke by keystroke: prefixes, a typo, Hangul, Hangul initials. */
export function keystrokeQueries(entries: readonly BenchEntry[], seed = 7): Query[] {
  const random = seededRandom(seed)
  const queries: Query[] = []
  for (let i = 0; i < 40; i += 1) {
    const entry = pick(random, entries)
    const typed = entry.romanised.toLowerCase()
    for (let end = 1; end <= typed.length; end += 1) {
      queries.push({ kind: 'prefix', text: typed.slice(0, end) })
    }
    const at = 2 + Math.floor(random() * (typed.length - 3))
    const typo = typed.slice(0, at) + pick(random, [...'aeioukmnsj']) + typed.slice(at + 1)
    for (let end = 5; end <= typo.length; end += 1) {
      queries.push({ kind: 'typo', text: typo.slice(0, end) })
    }
    const hangul = [...entry.hangul]
    for (let end = 1; end <= hangul.length; end += 1) {
      queries.push({ kind: 'hangul', text: hangul.slice(0, end).join('') })
    }
    const initials = initialsKey(entry.hangul)
    for (let end = 1; end <= initials.length; end += 1) {
      queries.push({ kind: 'initials', text: initials.slice(0, end) })
    }
  }
  return queries
}

type Typed = { kind: string; keystrokes: string[] }

/** Names typed letter by letter: as written, with a typo in the first or second letter, Hangul. */
export function typedQueries(entries: readonly Entry[], count: number): Typed[] {
  const random = seededRandom(11)
  const people = entries.filter((entry) => entry.kind === 'person')
  const typed: Typed[] = []
  const prefixes = (text: string) => [...text].map((_, end) => [...text].slice(0, end + 1).join(''))
  for (let i = 0; i < count; i += 1) {
    const person = pick(random, people)
    const name = person.title.toLowerCase()
    typed.push({ kind: 'name', keystrokes: prefixes(name) })
    const at = Math.floor(random() * 2)
    const typo = name.slice(0, at) + pick(random, [...'aeiouhkmns']) + name.slice(at + 1)
    typed.push({ kind: 'typo in letter 1-2', keystrokes: prefixes(typo) })
    const hangul = person.names.find((spelling) => spelling.role === 'hangul')?.text
    if (hangul) {
      typed.push({ kind: 'hangul', keystrokes: prefixes(hangul) })
      typed.push({ kind: 'initials', keystrokes: prefixes(initialsKey(hangul)) })
    }
  }
  const works = entries.filter((entry) => entry.kind === 'work')
  for (let i = 0; i < count / 4; i += 1) {
    typed.push({ kind: 'title', keystrokes: prefixes(pick(random, works).title.toLowerCase()) })
  }
  return typed
}
