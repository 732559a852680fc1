import { skipWaitingMessage } from './worker-protocol'

/**
 * Registers the site's service worker for the site's own path (its scope under a sub-path too),
 * and offers a new version once one is installed and waiting. The page never reloads by itself:
 * the new version takes over only when the reader chooses Reload.
 */
export async function registerServiceWorker(offerUpdate: (apply: () => void) => void) {
  const base = import.meta.env.BASE_URL
  const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base })

  const offer = (worker: ServiceWorker) => {
    // The first worker replaces nothing: there is no new version to offer.
    if (navigator.serviceWorker.controller) offerUpdate(() => takeOver(worker))
  }
  if (registration.waiting) offer(registration.waiting)
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker)
    })
  })

  // Browsers look for a new worker when a page opens; a page left open looks when it is shown.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => undefined)
  })
}

function takeOver(worker: ServiceWorker) {
  // Another tab may have let it take over already.
  if (worker.state === 'activated') return window.location.reload()
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  })
  worker.postMessage({ type: skipWaitingMessage })
}
