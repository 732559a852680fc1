import { Link } from 'react-router'
import { Citation } from '@/components/ui/citation'
import { Monogram } from '@/components/ui/monogram'
import { paths } from '@/config/paths'
import type { CreditWithPerson } from '@/data/payload-types'
import { BillingBadge } from '@/components/ui/billing-badge'
import { roleLine } from '@/lib/credit-wording'

/** How many cast members the film page shows before linking to the full list. */
const previewSize = 6

/** The first few cast members, each linking to their page, and the way to the full list. */
export function CastPreview({
  credits,
  creditCount,
  workSlug,
  headingId,
}: {
  /** The first page of the work's credits (cast come first). */
  credits: CreditWithPerson[]
  creditCount: number
  workSlug: string
  headingId: string
}) {
  const cast = credits.filter((credit) => credit.department === 'cast')
  if (cast.length === 0) return null
  return (
    <section aria-labelledby={headingId} className="render-when-near space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="text-2xl font-semibold tracking-tight">
          Cast
        </h2>
        <Link
          to={paths.cast(workSlug)}
          className="inline-flex min-h-11 items-center font-medium text-accent underline"
        >
          All cast and crew ({creditCount})
        </Link>
      </div>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {cast.slice(0, previewSize).map((credit) => (
          <li
            key={credit.id}
            className="relative flex items-center gap-3 rounded-xl border border-line bg-surface p-3 focus-within:border-accent hover:border-accent"
          >
            <Monogram slug={credit.person.slug} name={credit.person.name} />
            <div className="min-w-0 flex-1">
              <p className="leading-snug font-semibold">
                <Link
                  to={paths.person(credit.person.slug)}
                  className="inline-flex min-h-6 items-center text-ink underline decoration-accent/60 decoration-2 underline-offset-4 hover:decoration-accent"
                >
                  {credit.person.name}
                </Link>
              </p>
              <p className="text-sm text-ink-muted">
                {roleLine(credit)}
                <Citation ids={credit.sources} />
              </p>
              {credit.billing && credit.billing !== 'crew' && (
                <BillingBadge billing={credit.billing} className="mt-1.5" />
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
