import { dehydrate, QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router'
import type { AppState } from './app-state'
import { createRoutes } from './routes/route-tree'

export { payloadFiles } from './data/payloads'
export { payloadUrl } from './data/queries'
export { lazyRouteFiles } from './routes/route-tree'

/** The sub-path the site was built for (BASE_PATH), e.g. `/` or `/explorer/`. */
export const basePath = import.meta.env.BASE_URL

/** Renders one URL to HTML with its data, for the build-time prerenderer (scripts/prerender.ts). */
export async function renderPage(url: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const handler = createStaticHandler(createRoutes(queryClient), {
    basename: import.meta.env.BASE_URL,
  })
  const context = await handler.query(new Request(new URL(url, 'http://localhost')))
  if (context instanceof Response) throw new Error(`${url} answered with a redirect`)
  const router = createStaticRouter(handler.dataRoutes, context)
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </StrictMode>,
  )
  const errors = context.errors
    ? Object.fromEntries(
        Object.entries(context.errors).map(([id, error]) => [
          id,
          // The shape react-router's browser router revives into a route error response.
          { ...(error as object), __type: 'RouteErrorResponse' },
        ]),
      )
    : null
  const state: AppState = {
    queries: dehydrate(queryClient),
    router: { loaderData: context.loaderData, actionData: context.actionData, errors },
  }
  // The routes this page matched, so the prerenderer can preload their lazily loaded code.
  const routeIds = context.matches.map((match) => match.route.id)
  return { html, status: context.statusCode, state, routeIds }
}
