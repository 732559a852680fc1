import { useSyncExternalStore } from 'react'

const subscribeToNothing = () => () => {}

/**
 * False while rendering on the server and while hydrating, true afterwards (and straight away on
 * a client-side navigation). Pages are prerendered without search params (a static host ignores
 * them), so anything derived from the URL's query must wait for this, or the first client render
 * would not match the prerendered HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  )
}
