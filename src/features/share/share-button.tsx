import { lazy, Suspense } from 'react'
import { cn } from '@/lib/cn'
import { useHydrated } from '@/lib/use-hydrated'

export const shareBox = 'inline-flex min-h-11 items-center gap-2'

const ShareControl = lazy(() =>
  import('./share-control').then((module) => ({ default: module.ShareControl })),
)

/**
 * A Share button for the page. Before the app runs there is nothing a button could do, so a
 * blank of the same size holds its place (the page does not shift), and its code loads only then.
 */
export function ShareButton(props: { title: string; text: string; className?: string }) {
  const hydrated = useHydrated()
  const placeholder = <span aria-hidden="true" className={cn(shareBox, 'w-28', props.className)} />
  if (!hydrated) return placeholder
  return (
    <Suspense fallback={placeholder}>
      <ShareControl {...props} />
    </Suspense>
  )
}
