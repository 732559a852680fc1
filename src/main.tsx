import { hydrate, QueryClientProvider } from '@tanstack/react-query'
import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { readAppState } from './app-state'
import { HydrationProvider } from './lib/use-hydrated'
import { whenIdle } from './lib/when-idle'
import { canonicalLocation } from './lib/canonical-path'
import { fetchPayload } from './data/fetch-payload'
import { createQueryClient } from './data/queries'
import { loadNotFound } from './routes/not-found-slot'
import { NavigationPendingContext } from './components/layout/navigation-pending'
import { withPendingDelay } from './routes/pending-delay'
import { createRoutes } from './routes/route-tree'
import './styles.css'

const queryClient = createQueryClient(fetchPayload)

const basename = import.meta.env.BASE_URL

// A prerendered page carries the data it was rendered with, so the first visit fetches no JSON.
// It hydrates at its canonical address; an address that is not this page's renders afresh.
const renderedState = readAppState()
const placement = renderedState && canonicalLocation(window.location, basename, renderedState.path)
if (placement && !placement.same) history.replaceState(history.state, '', placement.href)
const state = placement ? renderedState : undefined
if (state) hydrate(queryClient, state.queries)

/**
 * Loads the code of the routes this URL matches before the router starts: with it in place the
 * first render matches the prerendered HTML instead of showing a loading state.
 */
async function resolveLazyMatches(routes: RouteObject[], basename: string) {
  const matches = matchRoutes(routes, window.location, basename) ?? []
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return
      Object.assign(route, await route.lazy(), { lazy: undefined })
    }),
  )
}

/** A pause between the steps of starting, so each is its own short task that input can pass. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

const routes = createRoutes({ queryClient })
await resolveLazyMatches(routes, basename)
await nextTask()
const router = createBrowserRouter(routes, { basename, hydrationData: state?.router })
await nextTask()

// Links fetch their page ahead of the click, and "Copy link" copies. Both load once the page is
// idle: a first visit needs neither to paint.
whenIdle(() => {
  void import('./features/share/copy-links').then(({ listenForCopyLinks }) => listenForCopyLinks())
  void import('./routes/prefetch').then(({ startPrefetching }) => {
    void loadNotFound().catch(() => {})
    startPrefetching(queryClient, router)
  })
})

const navigation = withPendingDelay(router)

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <HydrationProvider hydrating={Boolean(state)}>
        <NavigationPendingContext value={navigation.pending}>
          <RouterProvider router={navigation.router} useTransitions={false} />
        </NavigationPendingContext>
      </HydrationProvider>
    </QueryClientProvider>
  </StrictMode>
)

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
// A prerendered page hydrates. 404.html, served for any unknown path, carries no state: the app
// renders afresh for the path it was served at, replacing the markup on its first commit.
// Hydrating as a transition lets React yield to the browser between pieces of work, so taking
// over the page never blocks input for long.
if (state) startTransition(() => void hydrateRoot(container, app))
else {
  await loadNotFound()
  createRoot(container).render(app)
}
