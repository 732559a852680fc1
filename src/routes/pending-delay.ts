import type { DataRouter, RouterState, RouterSubscriber } from 'react-router'
import type { NavigationPending } from '@/components/layout/navigation-pending'

/**
 * How long a navigation may wait for its code and data before the page says it is loading: short
 * enough to leave room, at phone speed, for the input delay and the frame before the limit a
 * click may go without feedback (the navigation bench's progress-bar row measures it).
 */
const pendingDelayMs = 80

/**
 * The router as the React tree should hear it, and whether a navigation is pending. Every router
 * update re-renders the whole page shown, so the tree hears of a navigation only when it ends:
 * one whose code and data were prefetched opens without first re-rendering the old page as
 * loading, and one that waits shows the progress bar after a moment through `pending`, which
 * re-renders the shell alone instead of the whole page.
 */
export function withPendingDelay(router: DataRouter): {
  router: DataRouter
  pending: NavigationPending
} {
  let pending = false
  const listeners = new Set<() => void>()
  const setPending = (value: boolean) => {
    if (pending === value) return
    pending = value
    for (const listener of listeners) listener()
  }

  const subscribe = (subscriber: RouterSubscriber) => {
    let told: RouterState = router.state
    let timer: ReturnType<typeof setTimeout> | undefined
    const stopWaiting = () => {
      clearTimeout(timer)
      timer = undefined
      setPending(false)
    }
    const unsubscribe = router.subscribe((state, options) => {
      const navigating = state.navigation.state !== 'idle'
      if (navigating) timer ??= setTimeout(() => setPending(true), pendingDelayMs)
      else stopWaiting()
      // Held back: an update that only says a navigation is waiting (the router moves to the new
      // location when it ends). Fetchers' data and errors reach React only in the update that
      // brings them, so an update that may carry them is passed on.
      const onlyWaiting =
        navigating &&
        state.location === told.location &&
        state.errors === told.errors &&
        state.fetchers.size === 0
      if (onlyWaiting) return
      told = state
      subscriber(state, options)
    })
    return () => {
      stopWaiting()
      unsubscribe()
    }
  }

  return {
    router: new Proxy(router, {
      get: (target, key) => (key === 'subscribe' ? subscribe : Reflect.get(target, key)),
    }),
    pending: {
      subscribe(listener) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      get: () => pending,
    },
  }
}
