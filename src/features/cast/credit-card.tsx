import { Link } from 'react-router'
import { BillingBadge } from '@/components/ui/billing-badge'
import { Card } from '@/components/ui/card'
import { Citation } from '@/components/ui/citation'
import { CopyLink } from '@/components/ui/copy-link'
import { DoubtFlag } from '@/components/ui/claims'
import { Monogram } from '@/components/ui/monogram'
import { RoleLine } from '@/components/ui/role-line'
import { paths } from '@/config/paths'
import type { CreditWithPerson } from '@/data/payload-types'
import { cn } from '@/lib/cn'

/*
 * The whole card opens the person page, yet holds only one link: the name's link stretches over
 * the card with a pseudo-element, and the citation marker sits above that layer, so it stays its
 * own control instead of a button nested in a link.
 */
export function CreditCard({
  credit,
  anchor,
  className,
}: {
  credit: CreditWithPerson
  /** The card's fragment id (see card-anchors.ts). */
  anchor: string
  className?: string
}) {
  const { person, character } = credit
  const spellings = character?.aliases ?? []
  return (
    <Card
      row
      gap={4}
      id={anchor}
      className={cn(
        'linkable relative h-full transition-colors hover:border-accent/70 hover:bg-surface-muted/60 has-[[data-card-link]:focus-visible]:border-accent',
        className,
      )}
    >
      <Monogram slug={person.slug} name={person.name} className="sm:size-16" />
      <div className="min-w-0 flex-1">
        <h2 className="text-lg leading-snug font-semibold text-pretty">
          <Link
            data-card-link
            to={paths.person(person.slug)}
            className="text-ink decoration-accent decoration-2 outline-none after:absolute after:inset-0 after:rounded-xl after:content-[''] hover:underline focus-visible:after:outline-3 focus-visible:after:outline-offset-2 focus-visible:after:outline-[var(--focus)]"
          >
            {person.name}
          </Link>
        </h2>
        {person.hangulName && (
          <p lang="ko" className="text-sm text-ink-muted">
            {person.hangulName}
          </p>
        )}
        <p className="mt-2 text-sm leading-relaxed">
          <RoleLine credit={credit} stress="font-medium text-ink" />
          {character?.hangulName && (
            <span lang="ko" className="ml-1.5 text-ink-muted">
              {character.hangulName.value}
            </span>
          )}
          <Citation ids={credit.sources} className="z-10" />
        </p>
        {spellings.length > 0 && (
          <p className="text-xs text-ink-muted">
            Also spelt {spellings.map((alias) => alias.name).join(', ')}
          </p>
        )}
        <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">
          <BillingBadge billing={credit.billing} />
          <CopyLink id={anchor} label={person.name} />
        </div>
        {credit.doubt && <DoubtFlag reason={credit.doubt} offset={3} className="relative z-10" />}
      </div>
    </Card>
  )
}
