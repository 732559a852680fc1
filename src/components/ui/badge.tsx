import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'

/*
 * A short label (billing, kind of event, genre). Every variant pairs its colours as AA text on
 * background in both themes; meaning must also be in the words, never in the colour alone.
 */
const badgeVariants = {
  neutral: 'border-line bg-surface-muted text-ink',
  accent: 'border-transparent bg-accent text-accent-ink',
  soft: 'border-accent/30 bg-accent-soft text-ink',
  outline: 'border-line bg-transparent text-ink-muted',
  warn: 'border-warn/50 bg-warn-soft text-warn',
} as const

export type BadgeVariant = keyof typeof badgeVariants

export function Badge({
  variant = 'neutral',
  className,
  ...props
}: ComponentProps<'span'> & { variant?: BadgeVariant }) {
  return (
    <span
      data-slot="badge"
      data-variant={variant}
      className={cn(
        'inline-flex w-fit shrink-0 items-center gap-1 rounded-full border px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap',
        badgeVariants[variant],
        className,
      )}
      {...props}
    />
  )
}
