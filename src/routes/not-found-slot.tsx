import { createElement, useEffect, useSyncExternalStore, type ComponentType } from 'react'
import { PageHeading } from '@/components/layout/page-heading'
import { pageNames } from '@/lib/page-title'

/*
 * The not-found view loads on its own: most visits never need it, and it would cost every page's
 * first visit. The app loads it before rendering a page that starts as not found (404.html), and
 * otherwise once the browser is idle after the first page; should it still be on its way when a
 * link leads nowhere, its heading stands in.
 */
let NotFound: ComponentType | undefined
let loading: Promise<void> | undefined
const listeners = new Set<() => void>()

export function loadNotFound(): Promise<void> {
  loading ??= import('./not-found').then(
    (module) => {
      NotFound = module.NotFoundRoute
      for (const listener of listeners) listener()
    },
    (error: unknown) => {
      // A failed download may succeed later: the next render asks again.
      loading = undefined
      throw error
    },
  )
  return loading
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}
const loaded = () => NotFound

export function NotFoundSlot() {
  const Loaded = useSyncExternalStore(subscribe, loaded, loaded)
  useEffect(() => {
    if (!Loaded) loadNotFound().catch(() => {})
  }, [Loaded])
  // The component comes from the module once loaded, the same every render.
  return Loaded ? createElement(Loaded) : <PageHeading title={pageNames.notFound} />
}
