import { createContext, use, useSyncExternalStore } from 'react'

/**
 * Whether a navigation has waited long enough to say so (src/routes/pending-delay.ts tells), for
 * the shell's progress bar: a store of its own, so that saying so re-renders the shell alone.
 */
export type NavigationPending = {
  subscribe: (listener: () => void) => () => void
  get: () => boolean
}

const neverPending: NavigationPending = { subscribe: () => () => {}, get: () => false }

/** The pending state of the router the app runs on; none where no router waits (prerendering). */
export const NavigationPendingContext = createContext<NavigationPending>(neverPending)

export function useNavigationPending(): boolean {
  const pending = use(NavigationPendingContext)
  return useSyncExternalStore(pending.subscribe, pending.get, neverPending.get)
}
