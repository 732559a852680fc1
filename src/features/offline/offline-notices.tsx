import { useEffect, useSyncExternalStore } from 'react'
import { whenIdle } from '@/lib/when-idle'

/*
 * The page's side of offline use that a first visit carries: what the shell says about the
 * connection and a new version, and when to register the service worker. The registration itself
 * is loaded only when it runs.
 */

let applyUpdate: (() => void) | null = null
const updateListeners = new Set<() => void>()

function subscribeToUpdate(listener: () => void) {
  updateListeners.add(listener)
  return () => void updateListeners.delete(listener)
}

function offerUpdate(apply: () => void) {
  applyUpdate = apply
  for (const listener of updateListeners) listener()
}

function subscribeToConnection(listener: () => void) {
  window.addEventListener('online', listener)
  window.addEventListener('offline', listener)
  return () => {
    window.removeEventListener('online', listener)
    window.removeEventListener('offline', listener)
  }
}

let registering = false

/**
 * Registers the service worker of a build that has one (`SERVICE_WORKER=off` builds leave it out)
 * once the app has hydrated (this part loads only then) and the browser is idle, so it never
 * competes with the first paint or hydration. Once per page, however often the notices mount.
 */
function useServiceWorker() {
  useEffect(() => {
    if (import.meta.env.VITE_SERVICE_WORKER !== 'on' || !('serviceWorker' in navigator)) return
    if (registering) return
    registering = true
    whenIdle(() => {
      import('./register-service-worker')
        .then(({ registerServiceWorker }) => registerServiceWorker(offerUpdate))
        // Without the worker the site works as before, online only.
        .catch(() => undefined)
    })
  }, [])
}

/**
 * What the shell says about the connection and a new version, in words. The polite live region is
 * there from the moment the app runs, empty while there is nothing to say, so what appears in it
 * later is announced. (Not role="status": pages keep that role for their own counts of results.)
 */
export function OfflineNotices() {
  useServiceWorker()
  const online = useSyncExternalStore(
    subscribeToConnection,
    () => navigator.onLine,
    () => true,
  )
  const update = useSyncExternalStore(
    subscribeToUpdate,
    () => applyUpdate,
    () => null,
  )
  return (
    <div aria-live="polite" className="bg-surface-muted text-sm text-ink">
      {online ? null : (
        <p className="mx-auto max-w-6xl px-4 py-2">
          <strong>You are offline.</strong> Pages open from the copy saved on this device.
        </p>
      )}
      {update ? (
        <p className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2">
          A new version is available —
          <button
            type="button"
            onClick={update}
            className="min-h-8 rounded bg-accent px-3 font-semibold text-accent-ink"
          >
            Reload
          </button>
        </p>
      ) : null}
    </div>
  )
}
