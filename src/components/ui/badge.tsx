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

const badgeSizes = { small: 'py-0.5 text-xs', medium: 'py-1 text-sm' } as const

export function Badge({
  variant = 'neutral',
  size = 'small',
  className,
  ...props
}: ComponentProps<'span'> & { variant?: BadgeVariant; size?: keyof typeof badgeSizes }) {
  return (
    <span
      data-slot="badge"
      data-variant={variant}
      className={cn(
        'inline-flex w-fit shrink-0 items-center gap-1 rounded-full border px-2.5 font-semibold whitespace-nowrap',
        badgeSizes[size],
        badgeVariants[variant],
        className,
      )}
      {...props}
    />
  )
}
