/*
 * The word lists the synthetic catalogue draws its invented names, titles and jobs from:
 * romanised Korean with its Hangul, so search and display meet the real data's texture.
 */

/** A family name or given-name syllable: its Hangul, then its romanisations, the usual one first. */
export type Syllable = readonly [hangul: string, romanised: string, ...variants: string[]]

/** The first twenty are the synthetic catalogue's, in its order; the search bench uses them all. */
export const familyNames: readonly Syllable[] = [
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

/** The first twenty are the synthetic catalogue's, in its order; the search bench uses them all. */
export const givenSyllables: readonly Syllable[] = [
  ['민', 'min'],
  ['지', 'ji'],
  ['서', 'seo', 'so'],
  ['현', 'hyun', 'hyeon'],
  ['우', 'woo', 'u'],
  ['진', 'jin'],
  ['수', 'soo', 'su'],
  ['영', 'young', 'yeong'],
  ['은', 'eun'],
  ['하', 'ha'],
  ['윤', 'yoon', 'yun'],
  ['준', 'jun', 'joon'],
  ['희', 'hee', 'hi'],
  ['성', 'sung', 'seong'],
  ['주', 'joo', 'ju'],
  ['경', 'kyung', 'gyeong'],
  ['혜', 'hye'],
  ['태', 'tae'],
  ['동', 'dong'],
  ['나', 'na'],
  ['종', 'jong'],
  ['훈', 'hoon', 'hun'],
  ['유', 'yu', 'yoo'],
  ['림', 'rim', 'lim'],
  ['옥', 'ok'],
  ['충', 'chung', 'choong'],
  ['상', 'sang'],
  ['호', 'ho'],
  ['연', 'yeon'],
  ['아', 'a'],
  ['다', 'da'],
  ['예', 'ye'],
  ['원', 'won'],
  ['석', 'seok', 'suk'],
  ['철', 'chul', 'cheol'],
  ['미', 'mi'],
  ['라', 'ra'],
  ['빈', 'bin'],
  ['혁', 'hyuk', 'hyeok'],
  ['규', 'kyu', 'gyu'],
  ['솔', 'sol'],
  ['별', 'byul', 'byeol'],
  ['찬', 'chan'],
  ['한', 'han'],
  ['결', 'kyul', 'gyeol'],
  ['재', 'jae'],
]

export const jobs = [
  'Director',
  'Writer',
  'Music director',
  'Artistic director',
  'Cinematographer',
  'Editor',
  'Producer',
  'Costume designer',
  'Stunt coordinator',
  'Sound designer',
]
export const genres = ['Action', 'Drama', 'Thriller', 'Romance', 'Comedy', 'Mystery', 'Horror']
export const words = ['Silent', 'Red', 'Last', 'Winter', 'Paper', 'Glass', 'Night', 'River', 'Iron']
export const nouns = [
  'Dancer',
  'Harbour',
  'Letter',
  'Garden',
  'Promise',
  'Station',
  'Mirror',
  'Road',
]

export const pad = (n: number, width: number) => String(n).padStart(width, '0')
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** The item at `at` of a list that has one, for lists indexed by construction. */
export function itemAt<T>(items: readonly T[], at: number): T {
  const item = items[at]
  if (item === undefined) throw new Error(`no item ${at} in a list of ${items.length}`)
  return item
}
