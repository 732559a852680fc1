import { useId, type ComponentProps, type ReactNode } from 'react'
import { cn } from '@/lib/cn'

/** A titled part of a page: a landmark-free section labelled by its h2. */
export function Section({
  title,
  headingId,
  intro,
  compact = false,
  className,
  children,
  ...props
}: Omit<ComponentProps<'section'>, 'title'> & {
  title: ReactNode
  /** A fixed id where links or tests point at the heading; otherwise a generated one. */
  headingId?: string
  /** A string becomes a short muted line under the heading; any other node is placed as given. */
  intro?: ReactNode
  /** Person pages set their many headings a step smaller on narrow screens. */
  compact?: boolean
}) {
  const generatedId = useId()
  const id = headingId ?? generatedId
  return (
    <section aria-labelledby={id} className={cn('space-y-4', className)} {...props}>
      <div>
        <h2
          id={id}
          className={
            compact
              ? 'text-xl font-semibold tracking-tight text-ink sm:text-2xl'
              : 'text-2xl font-semibold tracking-tight'
          }
        >
          {title}
        </h2>
        {typeof intro === 'string' ? <p className="mt-1 text-sm text-ink-muted">{intro}</p> : intro}
      </div>
      {children}
    </section>
  )
}
