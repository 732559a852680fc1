/*
 * The word lists the synthetic catalogue draws its invented names, titles and jobs from:
 * romanised Korean with its Hangul, so search and display meet the real data's texture.
 */

export const families = [
  ['Kim', '김'],
  ['Lee', '이'],
  ['Park', '박'],
  ['Choi', '최'],
  ['Jung', '정'],
  ['Kang', '강'],
  ['Cho', '조'],
  ['Yoon', '윤'],
  ['Jang', '장'],
  ['Lim', '임'],
  ['Han', '한'],
  ['Oh', '오'],
  ['Seo', '서'],
  ['Shin', '신'],
  ['Kwon', '권'],
  ['Hwang', '황'],
  ['Ahn', '안'],
  ['Song', '송'],
  ['Jeon', '전'],
  ['Hong', '홍'],
] as const

export const syllables = [
  ['min', '민'],
  ['ji', '지'],
  ['seo', '서'],
  ['hyun', '현'],
  ['woo', '우'],
  ['jin', '진'],
  ['soo', '수'],
  ['young', '영'],
  ['eun', '은'],
  ['ha', '하'],
  ['yoon', '윤'],
  ['jun', '준'],
  ['hee', '희'],
  ['sung', '성'],
  ['joo', '주'],
  ['kyung', '경'],
  ['hye', '혜'],
  ['tae', '태'],
  ['dong', '동'],
  ['na', '나'],
] as const

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
