import { cn } from '@/lib/cn'
import { optionalPart } from '@/lib/optional-part'

/*
 * Top-aligned: an empty placeholder sits on its bottom edge as a baseline, the control on its
 * text's, so on the baseline the two lines differ in height and the page would shift when the
 * control replaces the placeholder.
 */
export const shareBox = 'inline-flex min-h-11 items-center gap-2 align-top'

const ShareControl = optionalPart(() =>
  import('./share-control').then((module) => module.ShareControl),
)

/**
 * A Share button for the page, titled as the page is. Before the app runs there is nothing a
 * button could do, so a blank of the same size holds its place and the page does not shift.
 */
export function ShareButton({ text, className }: { text: string; className?: string }) {
  const placeholder = <span aria-hidden="true" className={cn(shareBox, 'w-28', className)} />
  return <ShareControl text={text} className={className} placeholder={placeholder} />
}
