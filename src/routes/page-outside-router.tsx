import { useQueryClient } from '@tanstack/react-query'
import {
  Component as ClassComponent,
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react'
import { flushSync } from 'react-dom'
import {
  NavigationType,
  UNSAFE_LocationContext as LocationContext,
  UNSAFE_RouteContext as RouteContext,
  useLocation,
  useNavigationType,
  type Location,
  type RouteMatch,
} from 'react-router'
import { PageShownContext, type PageView } from '@/components/layout/page-layer'
import { matchPage, type PageMatch } from '@/config/page-kinds'
import { focusHeading } from '@/lib/dom/shown-page'
import { addressOf, sameAddress, type Layer } from './layer-places'
import { payloadQueryOf } from './link-page'

/*
 * One page rendered outside the router (pages-rendered-ahead.tsx), with a location and a route of
 * its own: ahead of a click, shown, or kept once left.
 */

/** The history key a page rendered ahead believes it is at, as it is not in the history yet. */
const aheadKey = 'ahead'

/** The route context a page's components read (`useParams`), with the page's own match. */
type PageRoute = { outlet: null; matches: RouteMatch[]; isDataRoute: false }

const pageRoutes = new Map<string, PageRoute>()

/** One route object per path, so a page's new location (a filter) is not a new route as well. */
function routeOf({ kind, params, path }: PageMatch): PageRoute {
  let route = pageRoutes.get(path)
  if (!route) {
    const match = { params, pathname: path, pathnameBase: path, route: { id: kind } }
    route = { outlet: null, matches: [match], isDataRoute: false }
    pageRoutes.set(path, route)
  }
  return route
}

/** The route of the page at `location` if it can render without waiting: its payload in cache. */
function useReadyPageRoute(location: Location): PageRoute | null {
  const queryClient = useQueryClient()
  const page = matchPage(location.pathname)
  if (!page) return null
  const query = payloadQueryOf(page)
  if (query && queryClient.getQueryState(query.queryKey)?.status !== 'success') return null
  return routeOf(page)
}

/** Shows `fallback` instead of a page that failed to render. */
class PageBoundary extends ClassComponent<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}

/**
 * Whether a page rendered ahead has become live: shown, and past the frame that showed it. Until
 * then it stays inert, which keeps it out of reach of the pointer, focus and selection while
 * hidden, where it is only transparent (and of find-in-page, except in Safari, which does not yet
 * skip inert text). Hiding it with `visibility`, like lifting `inert`, restyles every element of
 * the page, a cost the frame that shows it would pay. The move of focus to the new heading, which
 * an inert page refuses, is made once it is live (a page is only ever shown this way by a move to
 * its path, which moves focus to its heading).
 */
function useLiveOnceShown(shown: boolean, layer: RefObject<HTMLElement | null>): boolean {
  const [live, setLive] = useState(false)
  // From the commit that shows it (a layout effect), the frame after the one that paints it: at
  // its start, before its rendering, which then restyles the page, and at once (flushed), since in
  // a task of its own the page would wait longer to take input.
  useLayoutEffect(() => {
    if (!shown || live) return
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => flushSync(() => setLive(true)))
    })
    return () => cancelAnimationFrame(frame)
  }, [shown, live])
  useEffect(() => {
    if (live && layer.current) focusHeading(layer.current)
  }, [live, layer])
  return live
}

/**
 * One page with its own location and route. Ahead, it is laid out at the shown page's width, its
 * first screen included (sections laid out only when near among them), clipped to a screen at the
 * top of the document, which the shell is never shorter than: the click finds it laid out, and it
 * never lengthens the document. Shown, it keeps the view it was rendered with while the router is
 * at that entry, or, rendered ahead, at its address, so becoming the shown page renders none of
 * it. Kept once left, it is hidden with content-visibility (styles.css), which keeps its layout
 * for Back or Forward and keeps it out of reach, as `inert` would at the cost of restyling the
 * whole page.
 */
export const PageOutsideRouter = memo(function PageOutsideRouter({
  layer,
  shown,
  fallback,
}: {
  layer: Layer
  shown: boolean
  fallback: ReactNode
}) {
  const location = useLocation()
  const navigationType = useNavigationType()
  const [view, setView] = useState<PageView>(() => ({
    location: { ...addressOf(layer.page), state: null, key: aheadKey },
    navigationType: NavigationType.Push,
  }))
  // Any other arrival (a move within the page, a link to it kept) gives it the router's view.
  const atItsEntry =
    view.location.key === location.key ||
    (view.location.key === aheadKey && sameAddress(view.location, location))
  if (shown && !atItsEntry) setView({ location, navigationType })
  const route = useReadyPageRoute(view.location)
  // The same element on every render, so a change of `shown` renders none of the page.
  const { Component } = layer.page
  const content = useMemo(() => <Component />, [Component])
  const element = useRef<HTMLDivElement>(null)
  const live = useLiveOnceShown(shown, element)
  if (!route) return fallback
  const kept = !shown && layer.leftAt !== undefined
  return (
    <div
      ref={element}
      data-page-layer={shown ? 'shown' : kept ? 'kept' : 'ahead'}
      className={
        shown || kept
          ? undefined
          : 'absolute inset-x-0 top-0 mx-auto max-h-dvh w-full max-w-6xl overflow-hidden px-4 opacity-0'
      }
      aria-hidden={shown || kept ? undefined : true}
      inert={!(shown || kept) || !live}
    >
      {/* A page that fails shows the router's own rendering of it, with its error view. */}
      <PageBoundary fallback={fallback}>
        <PageShownContext value={shown}>
          <RouteContext value={route}>
            <LocationContext value={view}>{content}</LocationContext>
          </RouteContext>
        </PageShownContext>
      </PageBoundary>
    </div>
  )
})
