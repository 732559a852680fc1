import { Section } from '@/components/ui/section'
import { Link } from 'react-router'
import { Badge } from '@/components/ui/badge'
import { Citation } from '@/components/ui/citation'
import { DoubtFlag } from '@/components/ui/claims'
import { paths } from '@/config/paths'
import type { AwardView } from '@/data/payload-types'

/** Awards and nominations the articles mention for a work, as precisely as they name them. */
export function WorkAwards({ awards, headingId }: { awards: AwardView[]; headingId: string }) {
  if (awards.length === 0) return null
  return (
    <Section headingId={headingId} title="Awards and nominations" className="render-when-near">
      <ul className="space-y-3">
        {awards.map((award) => {
          const ceremony = [award.ceremony ?? 'A ceremony the article does not name', award.edition]
            .filter(Boolean)
            .join(', ')
          return (
            <li key={award.id} className="rounded-xl border border-line bg-surface p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Badge variant={award.outcome === 'won' ? 'accent' : 'outline'}>
                  {award.outcome === 'won' ? 'Won' : 'Nominated'}
                </Badge>
                {award.year && <span className="text-sm text-ink-muted">{award.year}</span>}
              </div>
              <p className="mt-2 font-semibold">
                {award.category ?? 'Award not named'} — {ceremony}
                <Citation ids={award.sources} />
              </p>
              {award.person && (
                <p className="text-sm">
                  Credited to{' '}
                  <Link to={paths.person(award.person.slug)} className="text-accent underline">
                    {award.person.name}
                  </Link>
                </p>
              )}
              {award.note && <p className="mt-1 text-sm text-ink-muted">{award.note}</p>}
              {award.doubt && <DoubtFlag reason={award.doubt} />}
            </li>
          )
        })}
      </ul>
    </Section>
  )
}
