import { use, useDeferredValue, type ReactNode } from 'react'
import { useLocation, useNavigationType } from 'react-router'
import { cn } from '@/lib/cn'
import { useHydrated } from '@/lib/use-hydrated'
import { ScrollPositionsContext } from './scroll-positions'

/** The attribute `LaterParts` marks its element with, for the scroll restoration to find. */
export const laterPartsAttribute = 'data-later-parts'

/**
 * Whether this render must show the later part `name` at once: when it is the prerendered HTML
 * or its hydration (which must match it), when a fragment may name something in it, and on Back
 * or Forward to a place whose screen reached into it.
 */
function useAtOnce(name: string, { key, hash }: { key: string; hash: string }): boolean {
  const hydrated = useHydrated()
  const navigationType = useNavigationType()
  const positions = use(ScrollPositionsContext)
  if (!hydrated || hash !== '') return true
  const left = navigationType === 'POP' ? positions.get(key) : undefined
  const top = left?.laterPartTops[name]
  return left !== undefined && top !== undefined && left.scrollY + window.innerHeight > top
}

/**
 * Parts of a page below its first screen. On a move to another page they render just after the
 * new page has been painted, so the reader sees its top at once instead of waiting for all of
 * it; until then a screen-high space marked busy stands in, so the footer does not flash up.
 * A move within the page (a filter in its URL) keeps them. `name` tells a page's later parts
 * apart (Back may need one at once and not another); `className` lays the parts out as their
 * parent would have (their spacing).
 */
export function LaterParts({
  name,
  className,
  children,
}: {
  name: string
  className?: string
  children: ReactNode
}) {
  const location = useLocation()
  const { pathname } = location
  const atOnce = useAtOnce(name, location)
  // The page these parts last showed: React renders first with the path before the move (or
  // none, for parts just mounted), then with the new one straight after, as interruptible
  // background work.
  const shownPath = useDeferredValue(pathname, atOnce ? undefined : null)
  const held = !atOnce && shownPath !== pathname
  return (
    <div
      data-later-parts={name}
      aria-busy={held || undefined}
      className={cn(className, held && 'min-h-dvh')}
    >
      {held ? null : children}
    </div>
  )
}
