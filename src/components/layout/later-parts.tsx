import { use, useDeferredValue, type ReactNode } from 'react'
import { useLocation, useNavigationType } from 'react-router'
import { cn } from '@/lib/cn'
import { useHydrated } from '@/lib/use-hydrated'
import { ScrollPositionsContext } from './scroll-positions'

/** The attribute `LaterParts` marks its element with, for the scroll restoration to find. */
export const laterPartsAttribute = 'data-later-parts'

/**
 * Whether this render must show the whole page at once: when it is the prerendered HTML or its
 * hydration (which must match it), when a fragment may name something in the later parts, and on
 * Back or Forward to a place whose screen reached into them.
 */
function useWholePageAtOnce(): boolean {
  const hydrated = useHydrated()
  const { key, hash } = useLocation()
  const navigationType = useNavigationType()
  const positions = use(ScrollPositionsContext)
  if (!hydrated || hash !== '') return true
  const left = navigationType === 'POP' ? positions.get(key) : undefined
  return left !== undefined && left.scrollY + window.innerHeight > left.laterPartsTop
}

/**
 * The parts of a page below its first screen. On a move within the app they render just after
 * the new page has been painted, so the reader sees its top at once instead of waiting for all
 * of it; until then a screen-high space stands in, so the footer does not flash up. `className`
 * lays out the parts as their parent would have (their spacing).
 */
export function LaterParts({ className, children }: { className?: string; children: ReactNode }) {
  const atOnce = useWholePageAtOnce()
  // useDeferredValue's initial value is what the first render shows; React renders the real
  // value straight after, as interruptible background work.
  const shown = useDeferredValue(true, atOnce ? undefined : false)
  return (
    <div data-later-parts="" className={cn(className, !shown && 'min-h-dvh')}>
      {shown ? children : null}
    </div>
  )
}
