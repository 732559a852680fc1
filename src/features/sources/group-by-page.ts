import type { DisagreementPage } from '../../data/payload-types.ts'

/* Relative imports: the build groups each source's facts with this same code. */

/** The page a supported fact or a disagreement appears on. */
export type PageRef = DisagreementPage

/** Items gathered by the page they appear on, pages in first-seen order. */
export function groupByPage<T extends { page: PageRef }>(items: readonly T[]) {
  const groups = new Map<string, { page: PageRef; items: T[] }>()
  for (const item of items) {
    const key = `${item.page.kind}:${item.page.slug}`
    const group = groups.get(key) ?? { page: item.page, items: [] }
    group.items.push(item)
    groups.set(key, group)
  }
  return [...groups.values()]
}
