import type { CreditWithWork, Department } from '@/data/payload-types'
import { departments } from '@/data/vocabulary'

/** `?role=cast|crew` narrows a filmography; anything else shows every credit. */
export function parseRoleFilter(params: URLSearchParams): Department | null {
  const role = params.get('role')
  return departments.find((department) => department === role) ?? null
}

export function filterFilmography(
  credits: readonly CreditWithWork[],
  role: Department | null,
): CreditWithWork[] {
  return role ? credits.filter((credit) => credit.department === role) : [...credits]
}

/** Credits grouped by the work's year, in the filmography's (chronological) order. */
export function groupByYear(credits: readonly CreditWithWork[]) {
  const groups: { year: number | undefined; credits: CreditWithWork[] }[] = []
  for (const credit of credits) {
    const last = groups.at(-1)
    if (last && last.year === credit.work.year) last.credits.push(credit)
    else groups.push({ year: credit.work.year, credits: [credit] })
  }
  return groups
}
