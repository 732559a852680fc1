import { isOwnCache } from './worker-protocol'

/*
 * What a build with SERVICE_WORKER=off writes as sw.js. Browsers look for a new sw.js when an
 * installed worker's pages open; finding this one, they install it, and it deletes the site's
 * caches and unregisters itself, so the pages come from the network again.
 */

type ExtendableEvent = Event & { waitUntil(promise: Promise<unknown>): void }
declare const self: {
  registration: ServiceWorkerRegistration
  skipWaiting(): Promise<void>
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void
}

self.addEventListener('install', () => void self.skipWaiting())

self.addEventListener('activate', (event) => {
  const { scope } = self.registration
  event.waitUntil(
    (async () => {
      const names = await caches.keys()
      await Promise.all(
        names.filter((name) => isOwnCache(name, scope)).map((n) => caches.delete(n)),
      )
      await self.registration.unregister()
    })(),
  )
})
