import { cacheNames, clientsClaim, setCacheNameDetails } from 'workbox-core'
import { ExpirationPlugin } from 'workbox-expiration'
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching'
import { registerRoute, setCatchHandler } from 'workbox-routing'
import { NetworkFirst, NetworkOnly, StaleWhileRevalidate } from 'workbox-strategies'
import { cachePrefix, isOwnCache, runtimeCacheName, skipWaitingMessage } from './worker-protocol'

/*
 * The site's service worker. build/prerender/service-worker.ts bundles it after prerendering,
 * sets OFFLINE_MODE by the size of the build and injects the list of files to precache:
 * - `full`: every page, 404.html, every payload and the assets are precached, so the whole site
 *   opens offline after one visit;
 * - `shell`: only 404.html and the assets; pages are cached network-first and payloads
 *   stale-while-revalidate as they are visited, with an expiry.
 * Either way a navigation it cannot answer gets 404.html, never the home page, and a new version
 * waits until the reader chooses to reload.
 */

type ExtendableEvent = Event & { waitUntil(promise: Promise<unknown>): void }
declare const self: {
  __WB_MANIFEST: (PrecacheEntry | string)[]
  registration: ServiceWorkerRegistration
  skipWaiting(): Promise<void>
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void
  addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void
}
declare const OFFLINE_MODE: 'full' | 'shell'

const scope = self.registration.scope
const payloadPath = `${new URL(scope).pathname}api/`
const isPayload = (url: URL) => url.pathname.startsWith(payloadPath)
const pagesCache = runtimeCacheName('pages', scope)
const payloadsCache = runtimeCacheName('payloads', scope)
const day = 24 * 60 * 60

setCacheNameDetails({ prefix: cachePrefix })

precacheAndRoute(self.__WB_MANIFEST, {
  // Pages are folders: /people/x/ and /people/x both open people/x/index.html.
  directoryIndex: 'index.html',
  cleanURLs: false,
  urlManipulation: ({ url }) =>
    url.pathname.endsWith('/') ? [] : [new URL(`${url.pathname}/index.html`, url)],
  // Search params only matter to the app (a static host ignores them), never to which file.
  ignoreURLParametersMatching: [/./],
})

if (OFFLINE_MODE === 'full') {
  // Everything is precached: what is left goes to the network and, offline, to the catch below.
  registerRoute(({ request }) => request.mode === 'navigate', new NetworkOnly())
  registerRoute(({ url }) => isPayload(url), new NetworkOnly())
} else {
  registerRoute(
    ({ request }) => request.mode === 'navigate',
    new NetworkFirst({
      cacheName: pagesCache,
      // On a connection that answers nothing, the saved copy rather than an endless wait.
      networkTimeoutSeconds: 4,
      plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * day })],
    }),
  )
  registerRoute(
    ({ url }) => isPayload(url),
    new StaleWhileRevalidate({
      cacheName: payloadsCache,
      plugins: [new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 30 * day })],
    }),
  )
}

setCatchHandler(async ({ request, url }) => {
  if (request.mode === 'navigate') {
    // The empty shell renders whatever the address is: the not-found view for an unknown one, or
    // (not saved on this device) the page's "could not load" message with Retry.
    const shell = await matchPrecache('404.html')
    if (shell) {
      return new Response(shell.body, {
        status: OFFLINE_MODE === 'full' ? 404 : 503,
        headers: shell.headers,
      })
    }
  }
  // With every payload precached, one that is missing does not exist in this version.
  if (OFFLINE_MODE === 'full' && isPayload(url)) return new Response(null, { status: 404 })
  return Response.error()
})

cleanupOutdatedCaches()

self.addEventListener('activate', (event) => {
  // Caches of this site's earlier workers that this one no longer uses, e.g. after a mode change.
  const used = new Set(
    OFFLINE_MODE === 'full'
      ? [cacheNames.precache]
      : [cacheNames.precache, pagesCache, payloadsCache],
  )
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => isOwnCache(name, scope) && !used.has(name))
            .map((name) => caches.delete(name)),
        ),
      ),
  )
})

// The first worker takes the open page over at once, so it works offline without a reload.
clientsClaim()

self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null
  if (data?.type === skipWaitingMessage) void self.skipWaiting()
})
