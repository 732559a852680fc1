import { NavigationType, type DataRouter, type RouterState } from 'react-router'
import { describe, expect, it } from 'vitest'
import type { PageView, RouterPages } from '../../src/components/layout/page-layer'
import { noteFailedEntries, routerPages } from '../../src/routes/router-pages'

/*
 * Which of the router's own pages the page layers render, move after move, with no page rendered
 * ahead (the layers show none): the page at the router's location, and the page just left, kept.
 */

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

  it('shows the page kept on a link to its address, at the link’s entry, and keeps only the page just left', () => {
    let pages = routerPages(undefined, at('/films/ballerina-2023'), 'film')
    pages = routerPages(pages, at('/people/jeon-jong-seo'), 'person')
    const link = at('/films/ballerina-2023')
    pages = routerPages(pages, link, 'film, linked to')
    expect(rendered(pages).map(({ outlet, shown }) => [outlet, shown])).toEqual([
      ['film', true],
      ['person', false],
    ])
    // Its components read the link's location (a field takes the address's value again).
    expect(pages.pages[0]?.view).toBe(link)

    pages = routerPages(pages, at('/films/ballerina-2023/timeline'), 'timeline')
    expect(rendered(pages).map(({ outlet, shown }) => [outlet, shown])).toEqual([
      ['film', false],
      ['timeline', true],
    ])
  })

  it('keeps the page to go back to through a REPLACE, which leaves no entry to return to', () => {
    let pages = routerPages(undefined, at('/films/ballerina-2023'), 'film')
    pages = routerPages(pages, at('/people/jeon-jong-seo'), 'person')
    const [kept] = pages.pages
    pages = routerPages(pages, at('/sources', undefined, NavigationType.Replace), 'sources')
    expect(pages.pages[0]).toBe(kept)
    expect(rendered(pages).map(({ outlet, shown }) => [outlet, shown])).toEqual([
      ['film', false],
      ['sources', true],
    ])
  })

  it('does not keep a page the router showed an error at, so that a return loads it again', () => {
    const failed = at('/people/someone')
    let listener: (state: RouterState) => void = () => {}
    const router = {
      state: { errors: null, location: at('/').location, navigation: { state: 'idle' } },
      subscribe: (subscriber: typeof listener) => {
        listener = subscriber
        return () => {}
      },
    }
    // A stand-in with only what is read of a router.
    noteFailedEntries(router as unknown as DataRouter)
    listener({
      errors: { person: new Error('offline') },
      location: failed.location,
      navigation: { state: 'idle' },
    } as unknown as RouterState)

    let pages = routerPages(undefined, at('/films/ballerina-2023'), 'film')
    pages = routerPages(pages, failed, 'could not load')
    pages = routerPages(pages, at('/sources'), 'sources')
    expect(rendered(pages).map(({ outlet }) => outlet)).toEqual(['sources'])
  })
})
