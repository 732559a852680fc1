import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react'

// Outside a HydrationProvider the app renders afresh (a client render), so it counts as hydrated.
const HydratedContext = createContext(true)

/**
 * False while rendering on the server and while hydrating, true once the app has taken the page
 * over (a moment after hydration, see HydrationProvider) and from the start when there was
 * nothing to hydrate. Pages are prerendered without search params (a static host ignores them),
 * so anything derived from the URL's query must wait for this, or the first client render would
 * not match the prerendered HTML.
 */
export function useHydrated(): boolean {
  return useContext(HydratedContext)
}

/**
 * Tells the tree whether it is being hydrated. After hydration it switches to hydrated in a
 * transition: the parts that change then (URL filters, Share buttons, later parts) render in
 * pieces the browser can interrupt, rather than in one synchronous task as soon as hydration ends.
 */
export function HydrationProvider({
  hydrating,
  children,
}: {
  hydrating: boolean
  children: ReactNode
}) {
  const [hydrated, setHydrated] = useState(!hydrating)
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true))
  }, [hydrated])
  return <HydratedContext value={hydrated}>{children}</HydratedContext>
}
