import { useId, type ComponentProps, type ReactNode } from 'react'
import { cn } from '@/lib/cn'

/** A titled part of the person page: a landmark-free section labelled by its h2. */
export function Section({
  title,
  intro,
  className,
  children,
  ...props
}: ComponentProps<'section'> & { title: string; intro?: ReactNode }) {
  const headingId = useId()
  return (
    <section
      aria-labelledby={headingId}
      className={cn('render-when-near space-y-4', className)}
      {...props}
    >
      <div className="space-y-1">
        <h2 id={headingId} className="text-xl font-semibold tracking-tight text-ink sm:text-2xl">
          {title}
        </h2>
        {intro && <p className="text-sm text-ink-muted">{intro}</p>}
      </div>
      {children}
    </section>
  )
}
