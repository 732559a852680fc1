import type { QueryClient } from '@tanstack/react-query'
import { data, type RouteObject } from 'react-router'
import { PageLoading } from '@/components/layout/page-loading'
import {
  pageKinds,
  slugPattern,
  type PageKind,
  type PageKindName,
  type PageParams,
  notFoundRouteId,
} from '@/config/page-kinds'
import { NotFoundError } from '@/data/payload-paths'
import { NotFoundSlot } from './not-found-slot'
import { loadPageModule } from './page-modules'
import { RootLayout } from './root'
import { RouteError } from './route-error'

/*
 * The prerenderer preloads the page module a page shows and the browser entry resolves it before
 * hydrating, so code splitting never shows a loading state on a deep link.
 */
const lazyPage = (module: string) => async () => ({
  Component: (await loadPageModule(module)).Component,
})

const notFound = () => data(null, { status: 404 })

/**
 * Primes the query cache with the page's payload. A parameter that is not a slug never reaches a
 * payload URL, and an unknown slug becomes a 404 the error boundary shows as not found.
 */
async function loadPage(
  queryClient: QueryClient,
  kind: PageKind,
  params: Record<string, string | undefined>,
): Promise<null> {
  const values: PageParams = {}
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || !slugPattern.test(value)) throw notFound()
    values[name] = value
  }
  if (!kind.query) return null
  try {
    await queryClient.ensureQueryData(kind.query(values))
    return null
  } catch (error) {
    if (error instanceof NotFoundError) throw notFound()
    throw error
  }
}

function pageRoute(name: PageKindName, queryClient: QueryClient): RouteObject {
  const kind = pageKinds[name]
  const location = kind.path === '/' ? { index: true as const } : { path: kind.path.slice(1) }
  return {
    id: name,
    ...location,
    // `/films/x/CAST` is not a page: hosts answer it with 404, so the app must not show one.
    caseSensitive: true,
    loader: ({ params }) => loadPage(queryClient, kind, params),
    lazy: lazyPage(kind.module),
  }
}

/** The app's routes, shared by the browser router, the prerenderer and the route tests. */
export function createRoutes({ queryClient }: { queryClient: QueryClient }): RouteObject[] {
  const pages = (Object.keys(pageKinds) as PageKindName[]).map((name) =>
    pageRoute(name, queryClient),
  )
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
            ...pages,
            {
              id: notFoundRouteId,
              path: '*',
              Component: NotFoundSlot,
            },
          ],
        },
      ],
    },
  ]
}
