import { Section } from '@/components/ui/section'
import { Link } from 'react-router'
import { Citation } from '@/components/ui/citation'
import { DoubtFlag } from '@/components/ui/claims'
import { Monogram } from '@/components/ui/monogram'
import { paths } from '@/config/paths'
import type { CreditWithPerson } from '@/data/payload-types'
import { roleLine } from '@/lib/credit-wording'

/** More than this and the page lists the first ones and links to the full cast page. */
const maxListed = 24

/** On a lighter work page: which of the film's people the articles credit here, and how. */
export function WorkCredits({
  credits,
  creditCount,
  headingId,
  castHref,
}: {
  /** The first page of the work's credits. */
  credits: CreditWithPerson[]
  creditCount: number
  headingId: string
  castHref: string
}) {
  if (credits.length === 0) return null
  return (
    <Section
      headingId={headingId}
      title="Ballerina’s people in this work"
      className="render-when-near"
    >
      <ul className="grid gap-3 md:grid-cols-2">
        {credits.slice(0, maxListed).map((credit) => (
          <li key={credit.id} className="flex gap-3 rounded-xl border border-line bg-surface p-4">
            <Monogram slug={credit.person.slug} name={credit.person.name} />
            <div className="min-w-0 flex-1 space-y-1">
              <p className="font-semibold">
                <Link
                  to={paths.person(credit.person.slug)}
                  className="inline-flex min-h-6 items-center text-accent underline"
                >
                  {credit.person.name}
                </Link>
              </p>
              <p>
                {roleLine(credit)}
                <Citation ids={credit.sources} />
              </p>
              {credit.note && <p className="text-sm text-ink-muted">{credit.note}</p>}
              {credit.doubt && <DoubtFlag reason={credit.doubt} />}
            </div>
          </li>
        ))}
      </ul>
      {creditCount > maxListed && (
        <p>
          <Link className="text-accent underline" to={castHref}>
            All {creditCount} credits
          </Link>
        </p>
      )}
    </Section>
  )
}
