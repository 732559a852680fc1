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
function useAtOnce(name: string): boolean {
  const hydrated = useHydrated()
  const { key, hash } = useLocation()
  const navigationType = useNavigationType()
  const positions = use(ScrollPositionsContext)
  if (!hydrated || hash !== '') return true
  const left = navigationType === 'POP' ? positions.get(key) : undefined
  const top = left?.laterPartTops[name]
  return left !== undefined && top !== undefined && left.scrollY + window.innerHeight > top
}

/**
 * Parts of a page below its first screen. On a move within the app they render just after the
 * new page has been painted, so the reader sees its top at once instead of waiting for all of
 * it; until then a screen-high space stands in, so the footer does not flash up. `name` tells a
 * page's later parts apart (Back may need one at once and not another); `className` lays the
 * parts out as their parent would have (their spacing).
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
  const atOnce = useAtOnce(name)
  // useDeferredValue's initial value is what the first render shows; React renders the real
  // value straight after, as interruptible background work.
  const shown = useDeferredValue(true, atOnce ? undefined : false)
  return (
    <div data-later-parts={name} className={cn(className, !shown && 'min-h-dvh')}>
      {shown ? children : null}
    </div>
  )
}
