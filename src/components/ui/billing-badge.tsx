import type { Billing } from '@/data/payload-types'
import { Badge, type BadgeVariant } from './badge'

const billingLabels: Record<Billing, { label: string; variant: BadgeVariant }> = {
  lead: { label: 'Lead role', variant: 'accent' },
  supporting: { label: 'Supporting role', variant: 'soft' },
  guest: { label: 'Guest role', variant: 'outline' },
  crew: { label: 'Crew', variant: 'neutral' },
}

/** How a credit is billed, in words (the colour only repeats them). */
export function BillingBadge({
  billing,
  className,
}: {
  billing: Billing | undefined
  className?: string
}) {
  const { label, variant } = billing
    ? billingLabels[billing]
    : { label: 'Billing not stated', variant: 'outline' as const }
  return (
    <Badge variant={variant} className={className}>
      <span className="sr-only">Billing: </span>
      {label}
    </Badge>
  )
}
