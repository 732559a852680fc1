import { useQueryClient } from '@tanstack/react-query'
import {
  Component as ClassComponent,
  memo,
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
  type DataRouter,
  type Location,
  type Path,
  type RouteMatch,
  type RouterState,
} from 'react-router'
import {
  PageShownContext,
  type AheadLayersProps,
  type AheadPage,
  type PageView,
  type RouterPage,
  type RouterPages,
} from '@/components/layout/page-layer'
import { matchPage, type PageMatch } from '@/config/page-kinds'
import { payloadQueryOf } from './link-page'

/*
 * Pages rendered outside the router, each with a location of its own: the page a link leads to,
 * before the click, and the page just left, kept for Back or Forward, either shown once the router
 * arrives at it, which then needs no render (page-layers.tsx). Also which of the router's own
 * pages to keep. Loaded with the prefetcher, which asks for pages ahead, so a first visit carries
 * none of it.
 */

/** The route context a page's components read (`useParams`), with the page's own match. */
type PageRoute = { outlet: null; matches: RouteMatch[]; isDataRoute: false }

/**
 * A page the layers render: asked for ahead of a click, in the order asked, which stays its place
 * among them (a page moved in the DOM is laid out again), and, once the reader has shown and left
 * it, the location it was left at.
 */
type Layer = { page: AheadPage; order: number; leftAt?: Location }

/** The address a page rendered ahead believes it is at: the link's, not yet in the history. */
const addressOf = ({ pathname, search }: AheadPage): Path => ({ pathname, search, hash: '' })

/** Where a layer is: at its link's address until shown, and where the reader left it since. */
const placeOf = (layer: Layer): Path => layer.leftAt ?? addressOf(layer.page)

/** The history key a page rendered ahead believes it is at, as it is not in the history yet. */
const aheadKey = 'ahead'

/** A layer keeps its element, from ahead to shown to kept, for as long as it has this key. */
const keyOf = ({ page }: Layer) => page.pathname + page.search

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
    if (live) layer.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true })
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
const PageLayer = memo(function PageLayer({
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
  if (!route) return shown ? fallback : null
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

/** Whether the router has arrived at a layer's page. */
const isAt = (layer: Layer, location: Location) => sameAddress(placeOf(layer), location)

/** Whether the router is still on the path of the page shown (a filter link moves within it). */
const isOnPathOf = (layer: Layer | null, location: Location) =>
  layer !== null && placeOf(layer).pathname === location.pathname

/** The layers besides the one shown: the page under the pointer, and the page just left. */
type Asked = { link: Layer | null; left: Layer | null }

const noneAsked: Asked = { link: null, left: null }

/**
 * The layers rendered, not shown, while the router is at `location`, one of each address. Not a
 * second copy of the page on screen: asked for by a filter link, or as the router got there
 * first, a page at the shown path is that page's own change.
 */
function renderedAt({ link, left }: Asked, location: Location): Layer[] {
  const layers: Layer[] = []
  // The page left first: of two at one address, it is the one rendered already.
  for (const layer of [left, link]) {
    if (!layer || placeOf(layer).pathname === location.pathname) continue
    if (!layers.some((other) => keyOf(other) === keyOf(layer))) layers.push(layer)
  }
  return layers
}

/** What the layers showed at their last commit, for `shows` to answer from. */
let committed: { shown: Layer | null; ahead: Layer[] } = { shown: null, ahead: [] }

let requestAhead: ((page: AheadPage) => void) | undefined

/** How many pages were asked for ahead, which orders them. */
let asks = 0

/** Has `page`, whose code and payload are in, rendered ahead, as interruptible work. */
export function renderAhead(page: AheadPage): void {
  requestAhead?.(page)
}

/**
 * The page rendered ahead of a click, the page just left, if the layers showed it, kept for Back
 * or Forward, and either, once the router arrives at it, shown until the reader leaves its path.
 */
function PagesRenderedAhead({ fallback }: AheadLayersProps) {
  const location = useLocation()
  const navigationType = useNavigationType()
  const [asked, setAsked] = useState(noneAsked)
  useEffect(() => {
    // Every part of a link the pointer crosses asks again: the same address keeps its render.
    // Nor is a page kept rendered again: the click shows the one kept.
    requestAhead = (page) => {
      const address = addressOf(page)
      if (routerKeeps && sameAddress(routerKeeps, address)) return
      startTransition(() =>
        setAsked((before) => {
          const { link, left } = before
          const asked =
            (link && keyOf(link) === page.pathname + page.search) ||
            (left && sameAddress(placeOf(left), address))
          return asked ? before : { link: { page, order: (asks += 1) }, left }
        }),
      )
    }
    return () => {
      requestAhead = undefined
    }
  }, [])
  const [moved, setMoved] = useState({ to: location, shown: null as Layer | null })
  let { shown } = moved
  if (moved.to !== location) {
    const arrived = renderedAt(asked, moved.to).find((layer) => isAt(layer, location))
    shown = arrived ?? (isOnPathOf(shown, location) ? shown : null)
    setMoved({ to: location, shown })
    // A move within the page (a filter, a search typed) keeps the page to go back to, and so
    // does a REPLACE, which leaves no entry to return to; a move to another page keeps the one
    // it leaves, if shown here, where it leaves it.
    const within = location.pathname === moved.to.pathname
    const keepsBefore = within || navigationType === NavigationType.Replace
    const leaving = moved.shown && { ...moved.shown, leftAt: moved.to }
    setAsked({ link: null, left: keepsBefore ? asked.left : leaving })
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
  // One list of keyed layers, in the order asked: a page keeps its element, and its place, as it
  // goes from ahead to shown to kept.
  const layers = shown ? [shown, ...rendered] : rendered
  return layers
    .sort((a, b) => a.order - b.order)
    .map((layer) => (
      <PageLayer
        key={keyOf(layer)}
        layer={layer}
        shown={layer === shown}
        fallback={layer === shown ? fallback : null}
      />
    ))
}

/**
 * Whether the layers show the page at `location`, asked by the page layers as they render: when
 * the router arrives at a page rendered ahead or kept, or moves within the page they show. It
 * answers from their last commit, which is what their own render starts from as long as the
 * router's updates are never transitions (main.tsx renders them at once): a request to render
 * ahead, which is one, then waits for the router's update instead of joining it.
 */
function shows(location: Location): boolean {
  return (
    committed.ahead.some((layer) => isAt(layer, location)) || isOnPathOf(committed.shown, location)
  )
}

/** Numbers the router's pages in the order rendered: the page the app opened on is the first. */
let routerPagesRendered = 0

/**
 * Where the page the router keeps was left, as last worked out, for the layers not to render a
 * page there ahead: a hint, which at worst renders a page twice or not ahead.
 */
let routerKeeps: Path | undefined

/** The history entries the router showed an error at (a failed load, a page not found). */
const failedEntries = new Set<string>()

/**
 * Notes, from now on, each history entry the router shows an error at: its page is not kept, so
 * that a return there loads it again.
 */
export function noteFailedEntries(router: DataRouter) {
  const note = ({ errors, location, navigation }: RouterState) => {
    if (errors && navigation.state === 'idle') failedEntries.add(location.key)
  }
  note(router.state)
  router.subscribe(note)
}

/**
 * The router's own pages at `view`: the page at its location, unless the layers show it, and the
 * page the reader just left, if the router showed it, kept for Back or Forward. A page keeps its
 * element through moves within it (a filter), and, when the reader returns to it (Back, Forward
 * or a link), the element it was left with, so that showing it again renders none of it (at
 * another entry than the one left, only what reads the location renders again).
 */
function routerPages(before: RouterPages | undefined, view: PageView, outlet: ReactNode) {
  const { location } = view
  if (before?.at === location) return before
  const shown = !shows(location)
  if (!before) return { at: location, pages: [{ id: 0, view, outlet, shown }] }
  const left = before.pages.find((page) => page.shown)
  const returned = before.pages.find(
    (page) => !page.shown && sameAddress(page.view.location, location),
  )
  // A move within the page (a filter, a search typed), whoever shows it, keeps the page to go
  // back to, and so does a REPLACE, which leaves no entry to return to; a move to another page
  // keeps the one it leaves, if the router showed it without an error.
  const within = before.at.pathname === location.pathname
  let page: RouterPage | undefined
  if (shown) {
    if (returned && returned.view.location.key === location.key) page = { ...returned, shown }
    else if (returned) page = { ...returned, view, shown }
    else if (left && within) page = { ...left, view, outlet }
    else page = { id: (routerPagesRendered += 1), view, outlet, shown }
  }
  let kept =
    within || view.navigationType === NavigationType.Replace
      ? before.pages.find((each) => !each.shown)
      : left && !failedEntries.has(left.view.location.key)
        ? { ...left, shown: false }
        : undefined
  if (kept?.id === page?.id) kept = undefined
  routerKeeps = kept?.view.location
  const pages = [kept, page].filter((each) => each !== undefined).sort((a, b) => a.id - b.id)
  return { at: location, pages }
}

export default Object.assign(PagesRenderedAhead, { shows, routerPages })
