import { dehydrate, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router'
import type { AppState } from './app-state'
import type { LoadPayload } from './data/payload-paths'
import { createQueryClient } from './data/queries'
import { stripBase } from './lib/canonical-path'
import { HydrationProvider } from './lib/use-hydrated'
import { loadNotFound } from './routes/not-found-slot'
import { createRoutes } from './routes/route-tree'

/** The sub-path the site was built for (BASE_PATH), e.g. `/` or `/explorer/`. */
export const basePath = import.meta.env.BASE_URL

/**
 * Renders one URL to HTML with the state the browser hydrates from, for the build-time
 * prerenderer; `loadPayload` answers the loaders' reads.
 */
export async function renderPage(url: string, loadPayload: LoadPayload) {
  await loadNotFound()
  const queryClient = createQueryClient(loadPayload, { retry: false })
  const handler = createStaticHandler(createRoutes({ queryClient }), { basename: basePath })
  const context = await handler.query(new Request(new URL(url, 'http://localhost')))
  if (context instanceof Response) throw new Error(`${url} answered with a redirect`)
  const router = createStaticRouter(handler.dataRoutes, context)
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <HydrationProvider hydrating>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </HydrationProvider>
      </QueryClientProvider>
    </StrictMode>,
  )
  const state: AppState = {
    path: stripBase(url, basePath) ?? url,
    queries: dehydrate(queryClient),
    router: { loaderData: context.loaderData },
  }
  // The routes this page matched, so the prerenderer can preload their lazily loaded code.
  const routeIds = context.matches.map((match) => match.route.id)
  return { html, status: context.statusCode, state, routeIds }
}
