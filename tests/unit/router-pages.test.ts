import { NavigationType } from 'react-router'
import { describe, expect, it } from 'vitest'
import type { PageView, RouterPages } from '../../src/components/layout/page-layer'
import PagesRenderedAhead from '../../src/routes/pages-rendered-ahead'

/*
 * Which of the router's own pages the page layers render, move after move, with no page rendered
 * ahead (the layers show none): the page at the router's location, and the page just left, kept.
 */

const { routerPages } = PagesRenderedAhead

let keys = 0

/** The router's view at a new history entry, or at `key`'s again (Back, Forward). */
function at(address: string, key = `entry-${(keys += 1)}`, navigationType = NavigationType.Push) {
  const url = new URL(address, 'https://example.org')
  const location = { pathname: url.pathname, search: url.search, hash: url.hash, state: null, key }
  return { location, navigationType } satisfies PageView
}

/** The pages as rendered: each one's element (its id), what it shows, and whether it is shown. */
const rendered = ({ pages }: RouterPages) =>
  pages.map(({ id, outlet, shown }) => ({ id, outlet, shown }))

describe('the router pages the layers render', () => {
  it('keeps the page left, hidden, and shows that very page again on Back, and the other on Forward', () => {
    const film = at('/films/ballerina-2023')
    const person = at('/people/jeon-jong-seo')
    let pages = routerPages(undefined, film, 'film')
    pages = routerPages(pages, person, 'person')
    expect(rendered(pages)).toEqual([
      { id: 0, outlet: 'film', shown: false },
      { id: expect.any(Number), outlet: 'person', shown: true },
    ])
    const personId = pages.pages[1]?.id

    // The router renders its outlet afresh: the page kept is shown with the one it was left with.
    const back = at(film.location.pathname, film.location.key, NavigationType.Pop)
    pages = routerPages(pages, back, 'film, rendered again')
    expect(rendered(pages)).toEqual([
      { id: 0, outlet: 'film', shown: true },
      { id: personId, outlet: 'person', shown: false },
    ])
    expect(pages.pages[0]?.view).toBe(film)

    const forward = at(person.location.pathname, person.location.key, NavigationType.Pop)
    pages = routerPages(pages, forward, 'person, rendered again')
    expect(rendered(pages)).toEqual([
      { id: 0, outlet: 'film', shown: false },
      { id: personId, outlet: 'person', shown: true },
    ])
  })

  it('answers a render at the same location with the same pages', () => {
    const pages = routerPages(undefined, at('/sources'), 'sources')
    expect(routerPages(pages, pages.pages[0]!.view, 'sources, rendered again')).toBe(pages)
  })

  it('keeps the page to go back to through moves within the page, which renders afresh', () => {
    let pages = routerPages(undefined, at('/films/ballerina-2023'), 'film')
    pages = routerPages(pages, at('/people/jeon-jong-seo'), 'person')
    const [kept, shown] = pages.pages
    pages = routerPages(pages, at('/people/jeon-jong-seo?role=cast'), 'person, cast roles')
    expect(pages.pages[0]).toBe(kept)
    expect(rendered(pages)[1]).toEqual({ id: shown?.id, outlet: 'person, cast roles', shown: true })
  })

  it('shows the page kept on a link to its address, and keeps only the page just left', () => {
    let pages = routerPages(undefined, at('/films/ballerina-2023'), 'film')
    pages = routerPages(pages, at('/people/jeon-jong-seo'), 'person')
    pages = routerPages(pages, at('/films/ballerina-2023'), 'film, linked to')
    expect(rendered(pages).map(({ outlet, shown }) => [outlet, shown])).toEqual([
      ['film', true],
      ['person', false],
    ])

    pages = routerPages(pages, at('/films/ballerina-2023/timeline'), 'timeline')
    expect(rendered(pages).map(({ outlet, shown }) => [outlet, shown])).toEqual([
      ['film', false],
      ['timeline', true],
    ])
  })
})
