import type { QueryClient } from '@tanstack/react-query'
import { data, type RouteObject } from 'react-router'
import { PageLoading } from '@/components/layout/page-loading'
import { NotFoundError, personQueries, sourceQueries, workQueries } from '@/data/queries'
import { featuredWorkSlug } from '@/data/selectors'
import { NotFoundRoute } from './not-found'
import { RootLayout } from './root'
import { RouteError } from './route-error'

/*
 * Each page's component loads as its own chunk, so a first visit downloads the shell and the one
 * page it shows. The prerenderer preloads that chunk (see lazyRouteFiles) and the browser entry
 * resolves it before hydrating, so code splitting never shows a loading state on a deep link.
 */
const lazyFilm = () => import('./film').then((module) => ({ Component: module.FilmRoute }))
const lazyCast = () => import('./cast').then((module) => ({ Component: module.CastRoute }))
const lazyTimeline = () =>
  import('./timeline').then((module) => ({ Component: module.TimelineRoute }))
const lazyPerson = () => import('./person').then((module) => ({ Component: module.PersonRoute }))
const lazySources = () => import('./sources').then((module) => ({ Component: module.SourcesRoute }))
const lazySource = () => import('./source').then((module) => ({ Component: module.SourceRoute }))
const lazySearch = () => import('./search').then((module) => ({ Component: module.SearchRoute }))

/** The source file behind each lazily loaded route, for the prerenderer's modulepreload links. */
export const lazyRouteFiles: Record<string, string> = {
  home: 'src/routes/film.tsx',
  film: 'src/routes/film.tsx',
  cast: 'src/routes/cast.tsx',
  timeline: 'src/routes/timeline.tsx',
  person: 'src/routes/person.tsx',
  sources: 'src/routes/sources.tsx',
  source: 'src/routes/source.tsx',
  search: 'src/routes/search.tsx',
}

/** Primes the query cache; an unknown slug becomes a 404 the error boundary shows as not found. */
async function prime(load: Promise<unknown>): Promise<null> {
  try {
    await load
    return null
  } catch (error) {
    if (error instanceof NotFoundError) throw data(null, { status: 404 })
    throw error
  }
}

/** The app's routes, shared by the browser router, the prerenderer and the route tests. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const loadWork = ({ params }: { params: { slug?: string } }) =>
    prime(queryClient.ensureQueryData(workQueries.detail(params.slug ?? '')))
  return [
    {
      id: 'root',
      path: '/',
      Component: RootLayout,
      ErrorBoundary: RouteError,
      HydrateFallback: PageLoading,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            {
              id: 'home',
              index: true,
              loader: () =>
                prime(queryClient.ensureQueryData(workQueries.detail(featuredWorkSlug))),
              lazy: lazyFilm,
            },
            { id: 'film', path: 'films/:slug', loader: loadWork, lazy: lazyFilm },
            { id: 'cast', path: 'films/:slug/cast', loader: loadWork, lazy: lazyCast },
            {
              id: 'timeline',
              path: 'films/:slug/timeline',
              loader: loadWork,
              lazy: lazyTimeline,
            },
            {
              id: 'person',
              path: 'people/:slug',
              loader: ({ params }) =>
                prime(queryClient.ensureQueryData(personQueries.detail(params.slug ?? ''))),
              lazy: lazyPerson,
            },
            {
              id: 'sources',
              path: 'sources',
              loader: () => prime(queryClient.ensureQueryData(sourceQueries.all())),
              lazy: lazySources,
            },
            {
              id: 'source',
              path: 'sources/:id',
              loader: async ({ params }) => {
                const { sources } = await queryClient.ensureQueryData(sourceQueries.all())
                if (!sources.some((source) => source.id === params.id)) {
                  throw data(null, { status: 404 })
                }
                return null
              },
              lazy: lazySource,
            },
            { id: 'search', path: 'search', lazy: lazySearch },
            { id: 'not-found', path: '*', Component: NotFoundRoute },
          ],
        },
      ],
    },
  ]
}
