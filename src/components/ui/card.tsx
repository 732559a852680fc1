import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'

/*
 * A surface for one self-contained item (a credit, a rating, an article). Plain elements with
 * data-slot markers, so a caller can restyle a part without a prop for every case.
 */

const cardGaps = { 3: 'gap-3', 4: 'gap-4', 5: 'gap-5' } as const

export function Card({
  row = false,
  gap = 3,
  className,
  ...props
}: ComponentProps<'div'> & {
  /** Lays the parts side by side, top-aligned, instead of stacking them. */
  row?: boolean
  gap?: keyof typeof cardGaps
}) {
  return (
    <div
      data-slot="card"
      className={cn(
        'flex',
        row ? 'flex-row items-start' : 'flex-col',
        cardGaps[gap],
        'rounded-xl border border-line bg-surface p-4 text-ink shadow-sm sm:p-5',
        className,
      )}
      {...props}
    />
  )
}
