import type { QueryClient } from '@tanstack/react-query'
import { data, type RouteObject } from 'react-router'
import { AppShell } from '@/components/layout/app-shell'
import { PageLoading } from '@/components/layout/page-loading'
import { NotFoundError, personQueries, sourceQueries, workQueries } from '@/data/queries'
import { featuredWorkSlug } from '@/data/selectors'
import { CastRoute } from './cast'
import { FilmRoute } from './film'
import { NotFoundRoute } from './not-found'
import { PersonRoute } from './person'
import { RouteError } from './route-error'
import { SearchRoute } from './search'
import { SourceRoute } from './source'
import { SourcesRoute } from './sources'
import { TimelineRoute } from './timeline'

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
      Component: AppShell,
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
              Component: FilmRoute,
            },
            { id: 'film', path: 'films/:slug', loader: loadWork, Component: FilmRoute },
            { id: 'cast', path: 'films/:slug/cast', loader: loadWork, Component: CastRoute },
            {
              id: 'timeline',
              path: 'films/:slug/timeline',
              loader: loadWork,
              Component: TimelineRoute,
            },
            {
              id: 'person',
              path: 'people/:slug',
              loader: ({ params }) =>
                prime(queryClient.ensureQueryData(personQueries.detail(params.slug ?? ''))),
              Component: PersonRoute,
            },
            {
              id: 'sources',
              path: 'sources',
              loader: () => prime(queryClient.ensureQueryData(sourceQueries.all())),
              Component: SourcesRoute,
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
              Component: SourceRoute,
            },
            { id: 'search', path: 'search', Component: SearchRoute },
            { id: 'not-found', path: '*', Component: NotFoundRoute },
          ],
        },
      ],
    },
  ]
}
