import { useQueryClient } from '@tanstack/react-query'
import {
  Component as ClassComponent,
  memo,
  use,
  startTransition,
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
  type Path,
  type RouteMatch,
} from 'react-router'
import {
  PageShownContext,
  type AheadLayersProps,
  type AheadPage,
} from '@/components/layout/page-layer'
import { matchPage, type PageMatch } from '@/config/page-kinds'
import { layOutAbove } from '@/lib/dom/render-when-near'
import { ScrollPositionsContext } from '@/components/layout/scroll-positions'
import { payloadQueryOf } from './link-page'

/*
 * Pages rendered outside the router, each with a location of its own: the page a link leads to,
 * before the click, the page just left, before Back or Forward, and either once the router
 * arrives at it, which then needs no render (page-layers.tsx). Loaded with the prefetcher, which
 * asks for them, so a first visit carries none of it.
 */

/** A page as its components see it: its location, and how the reader got there. */
type PageView = { location: Location; navigationType: NavigationType }

/** The route context a page's components read (`useParams`), with the page's own match. */
type PageRoute = { outlet: null; matches: RouteMatch[]; isDataRoute: false }

/** The address a page rendered ahead believes it is at: the link's, not yet in the history. */
const addressOf = ({ pathname, search }: AheadPage): Path => ({ pathname, search, hash: '' })

/** A page rendered ahead keeps its element, once shown, for as long as it has this key. */
const keyOf = (page: AheadPage) => page.pathname + page.search

const sameAddress = (a: Path, b: Path) =>
  a.pathname === b.pathname && a.search === b.search && a.hash === b.hash

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
 * the page, a cost the frame that shows it would pay. The shell's move of focus to the new
 * heading, which an inert page refuses, is made once it is live (a page is only ever shown this
 * way by a move to its path, on which the shell moves it).
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
    if (live) layer.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true })
  }, [live, layer])
  return live
}

/**
 * One page with its own location and route. Ahead, it is laid out at the shown page's width, its
 * first screen included (sections laid out only when near among them), clipped to a screen at the
 * top of the document, which the shell is never shorter than: the click or Back finds it laid
 * out, and it never lengthens the document. Shown, it keeps the view it was rendered with while
 * the router's location has the same address, so becoming the shown page renders none of it.
 */
const PageLayer = memo(function PageLayer({
  address,
  shown,
  fallback,
}: {
  address: AheadPage
  shown: boolean
  fallback: ReactNode
}) {
  const location = useLocation()
  const navigationType = useNavigationType()
  // The page left is rendered as Back or Forward will find it: at its own history entry.
  const [view, setView] = useState<PageView>(() =>
    address.left
      ? { location: address.left, navigationType: NavigationType.Pop }
      : {
          location: { ...addressOf(address), state: null, key: 'ahead' },
          navigationType: NavigationType.Push,
        },
  )
  if (shown && !sameAddress(view.location, location)) setView({ location, navigationType })
  const route = useReadyPageRoute(view.location)
  // The same element on every render, so a change of `shown` renders none of the page.
  const { Component } = address
  const content = useMemo(() => <Component />, [Component])
  const layer = useRef<HTMLDivElement>(null)
  const live = useLiveOnceShown(shown, layer)
  const positions = use(ScrollPositionsContext)
  useEffect(() => {
    // What Back's scroll restoration would lay out in the frame that shows the page, done now.
    const scrollY = address.left && positions.get(address.left.key)?.scrollY
    if (scrollY && layer.current) layOutAbove(scrollY, layer.current)
  }, [address, positions])
  if (!route) return shown ? fallback : null
  return (
    <div
      ref={layer}
      data-page-layer={shown ? 'shown' : 'ahead'}
      className={
        shown
          ? undefined
          : 'absolute inset-x-0 top-0 mx-auto max-h-dvh w-full max-w-6xl overflow-hidden px-4 opacity-0'
      }
      aria-hidden={shown ? undefined : true}
      inert={!shown || !live}
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

/** Whether the router has arrived at the page rendered ahead. */
const isAt = (page: AheadPage, location: Location) => sameAddress(addressOf(page), location)

/** Whether the router is still on the path of the page shown (a filter link moves within it). */
const isOnPathOf = (page: AheadPage | null, location: Location) =>
  page?.pathname === location.pathname

/** The pages asked for: the one under the pointer, and the one just left, for Back. */
type Asked = { link: AheadPage | null; left: AheadPage | null }

const noneAsked: Asked = { link: null, left: null }

/**
 * The pages asked for that are rendered ahead while the router is at `location`, one of each
 * address. Not a second copy of the page on screen: asked for by a filter link, or as the router
 * got there first, a page at the shown path is that page's own change.
 */
function renderedAt({ link, left }: Asked, location: Location): AheadPage[] {
  const pages: AheadPage[] = []
  // The page left first: of two at one address, it is the one rendered as Back will find it.
  for (const page of [left, link]) {
    if (!page || page.pathname === location.pathname) continue
    if (!pages.some((other) => keyOf(other) === keyOf(page))) pages.push(page)
  }
  return pages
}

/** What the layers showed at their last commit, for `shows` to answer from. */
let committed: { shown: AheadPage | null; ahead: AheadPage[] } = { shown: null, ahead: [] }

let requestAhead: ((page: AheadPage) => void) | undefined

/** Has `page`, whose code and payload are in, rendered ahead, as interruptible work. */
export function renderAhead(page: AheadPage): void {
  requestAhead?.(page)
}

/**
 * The pages rendered ahead of a click or of Back, and, once the router arrives at one, the same
 * page shown until the reader leaves its path.
 */
function PagesRenderedAhead({ fallback }: AheadLayersProps) {
  const location = useLocation()
  const [asked, setAsked] = useState(noneAsked)
  useEffect(() => {
    // Every part of a link the pointer crosses asks again: the same address keeps its render.
    requestAhead = (page) => {
      const slot = page.left ? 'left' : 'link'
      startTransition(() =>
        setAsked((before) => {
          const kept = before[slot]
          return kept && keyOf(kept) === keyOf(page) ? before : { ...before, [slot]: page }
        }),
      )
    }
    return () => {
      requestAhead = undefined
    }
  }, [])
  const [moved, setMoved] = useState({ to: location, shown: null as AheadPage | null })
  let { shown } = moved
  if (moved.to !== location) {
    const arrived = renderedAt(asked, moved.to).find((page) => isAt(page, location))
    shown = arrived ?? (isOnPathOf(shown, location) ? shown : null)
    setMoved({ to: location, shown })
    // A move within the page (a filter, a search typed) keeps the page to go back to.
    const within = location.pathname === moved.to.pathname
    setAsked(within ? { link: null, left: asked.left } : noneAsked)
  }
  const rendered = renderedAt(asked, location)
  useLayoutEffect(() => {
    committed = { shown, ahead: rendered }
  })
  useLayoutEffect(
    () => () => {
      committed = { shown: null, ahead: [] }
    },
    [],
  )
  // One list of keyed layers, so that a page keeps its element as it goes from ahead to shown.
  return [
    shown && <PageLayer key={keyOf(shown)} address={shown} shown fallback={fallback} />,
    ...rendered.map((page) => (
      <PageLayer key={keyOf(page)} address={page} shown={false} fallback={null} />
    )),
  ]
}

/**
 * Whether the layers show the page at `location`, asked by the page layers as they render: when
 * the router arrives at the page rendered ahead, or moves within the page they show. It answers
 * from their last commit, which is what their own render starts from as long as the router's
 * updates are never transitions (main.tsx renders them at once): a request to render ahead,
 * which is one, then waits for the router's update instead of joining it.
 */
function shows(location: Location): boolean {
  return (
    committed.ahead.some((page) => isAt(page, location)) || isOnPathOf(committed.shown, location)
  )
}

export default Object.assign(PagesRenderedAhead, { shows })
