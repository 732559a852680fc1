import { featuredWorkSlug } from '../../src/data/site.ts'
import { groupIds } from '../dataset/payload-groups.ts'
import type { DatasetIndex } from '../dataset/selectors.ts'
import { digest } from '../digest.ts'
import type { Page } from './page-kinds.ts'

/*
 * What a page's meta and head tags are made from, as a hash, so that a rebuild makes them again
 * only for pages whose inputs changed: at catalogue scale making them for every page costs
 * seconds. A page's meta reads what its payload group does (that group's key covers it), and
 * the featured film. tests/unit/meta-inputs.test.ts changes each kind of record
 * in turn and checks that a page whose inputs hash is unchanged has unchanged meta.
 */

/** The payload group whose data a page's meta reads. */
function groupOf(page: Page): string {
  switch (page.kind) {
    case 'home':
      return groupIds.work(featuredWorkSlug)
    case 'film':
    case 'cast':
    case 'timeline':
      return groupIds.work(page.params.slug ?? '')
    case 'person':
      return groupIds.person(page.params.slug ?? '')
    case 'sources':
    case 'source':
    case 'search':
      // The catalogue-wide groups are keyed by the whole dataset.
      return groupIds.sources
  }
}

/**
 * The featured film's record. Every page's meta starts from the site's image, which names it;
 * most page kinds replace that image, but one that keeps it reads the film whatever its group.
 */
export function featuredHash(index: DatasetIndex): string {
  return digest(JSON.stringify(index.works.get(featuredWorkSlug) ?? null))
}

/**
 * A hash of a page's meta inputs: `groupKeys` are the payload groups' keys by group id and
 * `featured` is featuredHash().
 */
export function metaInputs(
  page: Page,
  groupKeys: ReadonlyMap<string, string>,
  featured: string,
): string {
  const group = groupOf(page)
  return digest(page.path, group, groupKeys.get(group) ?? '', featured)
}
