import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'

/*
 * A surface for one self-contained item (a credit, a rating, an article). Plain elements with
 * data-slot markers, so a caller can restyle a part without a prop for every case.
 */

export function Card({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      data-slot="card"
      className={cn(
        'flex flex-col gap-3 rounded-xl border border-line bg-surface p-4 text-ink shadow-sm sm:p-5',
        className,
      )}
      {...props}
    />
  )
}
