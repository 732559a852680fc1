import type { DataRouter, RouterState, RouterSubscriber } from 'react-router'

/** How long a navigation may wait for its code and data before the page says it is loading. */
const pendingDelayMs = 100

/**
 * The router as the React tree should hear it: a navigation that starts waiting is told only
 * once it has waited a moment. Every router update re-renders the whole page shown, so telling
 * of a wait that ends a few tasks later (code and data prefetched, loaders resolved from the
 * cache) would cost a render of the old page and a frame before the new one. A slow navigation
 * is told, and the shell marks it busy, which shows the progress bar.
 */
export function withPendingDelay(router: DataRouter): DataRouter {
  const subscribe = (subscriber: RouterSubscriber) => {
    let told: RouterState = router.state
    let timer: ReturnType<typeof setTimeout> | undefined
    const tell: RouterSubscriber = (state, options) => {
      clearTimeout(timer)
      told = state
      subscriber(state, options)
    }
    const unsubscribe = router.subscribe((state, options) => {
      const startsWaiting =
        told.navigation.state === 'idle' &&
        state.navigation.state !== 'idle' &&
        state.location === told.location
      if (!startsWaiting) return tell(state, options)
      clearTimeout(timer)
      timer = setTimeout(() => tell(state, options), pendingDelayMs)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }
  return new Proxy(router, {
    get: (target, key) => (key === 'subscribe' ? subscribe : Reflect.get(target, key)),
  })
}
