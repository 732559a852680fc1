import { pathOf } from './page-kinds.ts'

/** Every URL of the app, relative to the router's basename, built from the route table. */
export const paths = {
  home: () => pathOf('home'),
  film: (slug: string) => pathOf('film', { slug }),
  cast: (slug: string) => pathOf('cast', { slug }),
  timeline: (slug: string) => pathOf('timeline', { slug }),
  person: (slug: string) => pathOf('person', { slug }),
  sources: () => pathOf('sources'),
  source: (id: string) => pathOf('source', { id }),
  search: (query?: string) =>
    query ? `${pathOf('search')}?q=${encodeURIComponent(query)}` : pathOf('search'),
}
