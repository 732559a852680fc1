import { Link } from 'react-router'
import { Badge } from '@/components/ui/badge'
import { Citation } from '@/components/ui/citation'
import { DoubtFlag } from '@/components/ui/claims'
import { paths } from '@/config/paths'
import type { AwardView } from '@/data/payload-types'
import { Section } from '@/components/ui/section'

function Outcome({ outcome }: { outcome: AwardView['outcome'] }) {
  return outcome === 'won' ? (
    <Badge variant="accent">
      <span aria-hidden="true">★</span> Won
    </Badge>
  ) : (
    <Badge variant="outline">
      <span aria-hidden="true">☆</span> Nominated
    </Badge>
  )
}

export function AwardsList({ name, awards }: { name: string; awards: AwardView[] }) {
  return (
    <Section compact className="render-when-near" title="Awards and nominations">
      {awards.length === 0 ? (
        <p className="text-sm text-ink-muted">The articles mention no awards for {name}.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {awards.map((award) => (
            <li
              key={award.id}
              className="flex flex-col gap-2 rounded-xl border border-line bg-surface p-4"
            >
              <div className="flex flex-wrap items-center gap-2">
                <Outcome outcome={award.outcome} />
                {award.doubt && <Badge variant="warn">Claim in doubt</Badge>}
                <span className="text-sm text-ink-muted">{award.year ?? 'Year not given'}</span>
              </div>
              <p className="font-semibold">
                {award.category ?? 'Category not named'}
                <Citation ids={award.sources} />
              </p>
              <p className="text-sm">
                {award.ceremony ? (
                  <>
                    {award.edition && `${award.edition} `}
                    {award.ceremony}
                  </>
                ) : (
                  <span className="text-ink-muted italic">Ceremony not named</span>
                )}
                {award.work && (
                  <>
                    {' · for '}
                    <Link className="text-accent underline" to={paths.film(award.work.slug)}>
                      {award.work.title}
                    </Link>
                  </>
                )}
              </p>
              {award.note && <p className="text-sm text-ink-muted">{award.note}</p>}
              {award.doubt && <DoubtFlag reason={award.doubt} />}
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}
