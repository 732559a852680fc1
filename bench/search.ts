import { createSearchIndex, type SearchEntry } from '../src/lib/search/search-index.ts'
import { seededRandom } from './seeded-random.ts'
import { printTable, say } from './bench-output.ts'

/*
 * Search at catalogue scale: 100,000 synthetic Korean names, romanised with the variants real
 * articles use, with Hangul. Prints index build time and per-keystroke latency; a printed figure,
 * never a pass/fail test (timings vary with the machine's load).
 */

const nameCount = 100_000
const budgetMs = 5

type Syllable = readonly [hangul: string, ...romanisations: string[]]

const familyNames: Syllable[] = [
  ['김', 'Kim', 'Gim'],
  ['이', 'Lee', 'Yi', 'Rhee'],
  ['박', 'Park', 'Bak'],
  ['최', 'Choi'],
  ['정', 'Jung', 'Jeong', 'Chung'],
  ['강', 'Kang'],
  ['조', 'Cho', 'Jo'],
  ['윤', 'Yoon', 'Yun'],
  ['장', 'Jang', 'Chang'],
  ['임', 'Lim', 'Im'],
  ['한', 'Han'],
  ['오', 'Oh'],
  ['서', 'Seo', 'Suh'],
  ['신', 'Shin', 'Sin'],
  ['권', 'Kwon'],
  ['황', 'Hwang'],
  ['안', 'Ahn', 'An'],
  ['송', 'Song'],
  ['전', 'Jeon', 'Jun'],
  ['홍', 'Hong'],
  ['배', 'Bae'],
  ['백', 'Baek'],
  ['문', 'Moon', 'Mun'],
  ['양', 'Yang'],
]

const givenSyllables: Syllable[] = [
  ['민', 'min'],
  ['지', 'ji'],
  ['서', 'seo', 'so'],
  ['준', 'jun', 'joon'],
  ['현', 'hyun', 'hyeon'],
  ['우', 'woo', 'u'],
  ['수', 'su', 'soo'],
  ['영', 'young', 'yeong'],
  ['희', 'hee', 'hi'],
  ['종', 'jong'],
  ['훈', 'hoon', 'hun'],
  ['유', 'yu', 'yoo'],
  ['림', 'rim', 'lim'],
  ['옥', 'ok'],
  ['주', 'ju', 'joo'],
  ['충', 'chung', 'choong'],
  ['혜', 'hye'],
  ['은', 'eun'],
  ['진', 'jin'],
  ['성', 'sung', 'seong'],
  ['하', 'ha'],
  ['윤', 'yoon', 'yun'],
  ['동', 'dong'],
  ['재', 'jae'],
  ['태', 'tae'],
  ['상', 'sang'],
  ['경', 'kyung', 'gyeong'],
  ['호', 'ho'],
  ['연', 'yeon'],
  ['아', 'a'],
  ['다', 'da'],
  ['예', 'ye'],
  ['원', 'won'],
  ['석', 'seok', 'suk'],
  ['철', 'chul', 'cheol'],
  ['미', 'mi'],
  ['나', 'na'],
  ['라', 'ra'],
  ['빈', 'bin'],
  ['혁', 'hyuk', 'hyeok'],
  ['규', 'kyu', 'gyu'],
  ['솔', 'sol'],
  ['별', 'byul', 'byeol'],
  ['찬', 'chan'],
  ['한', 'han'],
  ['결', 'kyul', 'gyeol'],
]

type BenchEntry = SearchEntry & { hangul: string; romanised: string }

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

export function syntheticEntries(count = nameCount, seed = 2023): BenchEntry[] {
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

const initialConsonants = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'
function initialsOf(hangul: string): string {
  return [...hangul]
    .map((syllable) => initialConsonants[Math.floor((syllable.charCodeAt(0) - 0xac00) / 588)] ?? '')
    .join('')
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
    const initials = initialsOf(entry.hangul)
    for (let end = 1; end <= initials.length; end += 1) {
      queries.push({ kind: 'initials', text: initials.slice(0, end) })
    }
  }
  return queries
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

function row(label: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b)
  return {
    queries: label,
    count: times.length,
    'p50 ms': percentile(sorted, 50).toFixed(3),
    'p95 ms': percentile(sorted, 95).toFixed(3),
    'max ms': (sorted.at(-1) ?? 0).toFixed(3),
  }
}

export async function run(): Promise<void> {
  const entries = syntheticEntries()
  const queries = keystrokeQueries(entries)

  const heapBefore = process.memoryUsage().heapUsed
  const buildStart = performance.now()
  const index = createSearchIndex(entries)
  const buildMs = performance.now() - buildStart
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024

  // One untimed pass warms the JIT, as a reader's first few keystrokes would.
  for (const query of queries) index.search(query.text, { limit: 10 })

  const byKind = new Map<string, number[]>()
  const all: number[] = []
  let empty = 0
  for (const query of queries) {
    const start = performance.now()
    const hits = index.search(query.text, { limit: 10 })
    const ms = performance.now() - start
    if (hits.length === 0) empty += 1
    all.push(ms)
    byKind.set(query.kind, [...(byKind.get(query.kind) ?? []), ms])
  }

  say(
    `${entries.length.toLocaleString('en')} names (${entries.reduce((n, e) => n + e.names.length, 0).toLocaleString('en')} spellings incl. Hangul); ` +
      `index built in ${buildMs.toFixed(0)} ms, about ${heapMb.toFixed(0)} MB of heap`,
  )
  const rows = [...[...byKind].map(([kind, times]) => row(kind, times)), row('all keystrokes', all)]
  printTable({
    title: 'Search, per keystroke (top 10 hits)',
    headers: Object.keys(rows[0] ?? {}),
    rows: rows.map((r) => Object.values(r).map(String)),
  })
  const p95 = percentile(
    [...all].sort((a, b) => a - b),
    95,
  )
  say(
    `p95 per keystroke ${p95.toFixed(2)} ms against a ${budgetMs} ms budget: ${p95 < budgetMs ? 'within' : 'OVER'}; ` +
      `${empty} of ${queries.length} queries found nothing`,
  )
}

const isMain = process.argv[1]?.endsWith('bench/search.ts')
if (isMain) await run()
