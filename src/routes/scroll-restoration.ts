import { use, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useLocation, useNavigationType } from 'react-router'
import { decodeOrKeep } from '@/lib/canonical-path'
import { laterPartsAttribute } from '@/components/layout/later-parts'
import { ScrollPositionsContext } from '@/components/layout/scroll-positions'
import { layOutAbove, layOutUpTo } from '@/lib/dom/render-when-near'
import { focusHeading, shownElementById, shownPage } from '@/lib/dom/shown-page'

/** Unmarks whichever element was the one linked to. */
function clearTarget() {
  shownPage().querySelector('[data-targeted]')?.removeAttribute('data-targeted')
}

/** Scrolls to the element a link's fragment names and marks it as the one linked to. */
function revealTarget(target: Element) {
  clearTarget()
  target.setAttribute('data-targeted', '')
  layOutUpTo(target)
  target.scrollIntoView()
}

/** Where each of the page's later parts begins, by name, in document coordinates. */
function laterPartTops() {
  const parts = shownPage().querySelectorAll<HTMLElement>(`[${laterPartsAttribute}]`)
  return Object.fromEntries(
    [...parts].map((part) => [
      part.getAttribute(laterPartsAttribute) ?? '',
      part.getBoundingClientRect().top + window.scrollY,
    ]),
  )
}

/**
 * Back and Forward return to where the reader was; a new page starts at the top, or at the
 * element its fragment names (`#jeon-jong-seo`), which is marked as the one linked to. React
 * Router's own ScrollRestoration does the same with more options, at a cost on every first visit
 * this app does not need.
 *
 * A component rather than a hook, so the shell can load it once the app runs: until then the
 * browser scrolls the prerendered page itself. It moves focus to a new page's heading as well, in
 * the shown page (others may be kept or rendered ahead beside it); one rendered ahead is still
 * inert then, refuses it, and takes it itself once it takes input (page-outside-router.tsx).
 */
export function ScrollRestoration() {
  const { key, hash, pathname } = useLocation()
  const navigationType = useNavigationType()
  const positions = use(ScrollPositionsContext)
  // The path shown before this move: a move within a page changes its contents in place.
  const pathShown = useRef(pathname)
  // The entry the app opened on: the browser placed that page itself, so it is not moved to the top.
  const [openedKey] = useState(key)

  useEffect(() => {
    history.scrollRestoration = 'manual'
  }, [])

  // Where the reader leaves each entry, noted as the move away commits: this component comes
  // before the page in the tree, so this runs while the page left is still the one shown.
  useLayoutEffect(
    () => () => {
      positions.set(key, {
        scrollY: window.scrollY,
        laterPartTops: laterPartTops(),
        page: new WeakRef(shownPage()),
      })
    },
    [key, positions],
  )

  useLayoutEffect(() => {
    const movedWithin = pathShown.current === pathname
    pathShown.current = pathname
    if (!movedWithin) focusHeading()
    const saved = navigationType === 'POP' ? positions.get(key) : undefined
    if (saved) {
      // The top of a page is where it is whatever lies below, and a page kept since the reader
      // left it for another is laid out as it was: measuring either would only force layouts.
      const page = shownPage()
      const kept = !movedWithin && page !== document && saved.page.deref() === page
      if (saved.scrollY > 0 && !kept) layOutAbove(saved.scrollY)
      window.scrollTo(0, saved.scrollY)
      return
    }
    const id = hash ? decodeOrKeep(hash.slice(1)) : ''
    const target = id ? shownElementById(id) : null
    if (target) {
      revealTarget(target)
      return
    }
    clearTarget()
    if (key !== openedKey) window.scrollTo(0, 0)
    if (!id) return
    // The element may come later: on a page of a list fetched since, or in a windowed row. Not
    // once the reader scrolls on their own, which it would pull them back from.
    const appears = new MutationObserver(() => {
      const late = shownElementById(id)
      if (late) {
        stop()
        revealTarget(late)
      }
    })
    const intents = ['wheel', 'touchmove', 'keydown'] as const
    const stop = () => {
      appears.disconnect()
      for (const intent of intents) window.removeEventListener(intent, stop)
    }
    appears.observe(document.body, { childList: true, subtree: true })
    for (const intent of intents) window.addEventListener(intent, stop, { passive: true })
    return stop
  }, [key, hash, pathname, navigationType, positions, openedKey])

  return null
}
