import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { PageHeading } from '@/components/layout/page-heading'
import { Badge } from '@/components/ui/badge'
import { Citation } from '@/components/ui/citation'
import { ClaimedValue, DoubtFlag } from '@/components/ui/claims'
import { paths } from '@/config/paths'
import { firstClaimValue } from '@/data/claims'
import type { CreditWithPerson, Work } from '@/data/payload-types'
import { workKindLabels } from '@/lib/work-kinds'
import { keyJobs, namedInJob } from './work-labels'

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 border-b border-line py-3 last:border-b-0 sm:grid-cols-[9rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-ink-muted">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  )
}

/**
 * The head of a work's page: titles, summary and the facts at a glance, each cited. Works with
 * little data (an earlier film of the cast) simply show fewer rows.
 */
export function FilmHero({
  work,
  credits,
  actions,
}: {
  work: Work
  credits: CreditWithPerson[]
  /** What the page offers beside the title, e.g. its Share button. */
  actions?: ReactNode
}) {
  const year = firstClaimValue(work.year)
  const keyCredits = keyJobs.flatMap((job) =>
    namedInJob(credits, job).map((credit) => ({ job, credit })),
  )
  const label = [workKindLabels[work.kind], year, work.platform?.value].filter(Boolean).join(' · ')

  return (
    <header className="relative isolate overflow-hidden rounded-2xl border border-line bg-surface">
      {/* A stage light in the film's red, behind the title; decoration only. */}
      <div
        aria-hidden="true"
        className="absolute -top-32 -left-24 -z-10 size-96 rounded-full bg-accent/15 blur-3xl"
      />
      <div className="grid gap-8 p-5 sm:p-8 lg:grid-cols-[minmax(0,1.15fr)_minmax(0,1fr)] lg:gap-12">
        <div className="min-w-0 space-y-5">
          <p className="text-sm font-semibold tracking-wide text-accent uppercase">{label}</p>
          <div className="space-y-2">
            <PageHeading
              title={work.title}
              className="text-4xl leading-tight text-balance sm:text-6xl"
            />
            {work.hangulTitle && (
              <p className="text-2xl font-medium text-ink-muted sm:text-3xl">
                <span className="sr-only">Korean title: </span>
                <span lang="ko">{work.hangulTitle.value}</span>
                <Citation ids={work.hangulTitle.sources} />
              </p>
            )}
            {work.aliases.length > 0 && (
              <p className="text-sm text-ink-muted">
                Also written as{' '}
                {work.aliases.map((alias, index) => (
                  <span key={alias.name}>
                    {index > 0 && ', '}“{alias.name}”{alias.note && ` (${alias.note})`}
                    <Citation ids={alias.sources} />
                  </span>
                ))}
              </p>
            )}
          </div>
          {work.logline && (
            <div className="space-y-2">
              <p className="max-w-prose text-lg leading-relaxed sm:text-xl">
                {work.logline.value}
                <Citation ids={work.logline.sources} />
              </p>
              {work.logline.note && (
                <details className="group max-w-prose text-sm">
                  <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-accent underline">
                    How the articles tell it
                  </summary>
                  <p className="mt-1 leading-relaxed text-ink-muted">{work.logline.note}</p>
                </details>
              )}
              {work.logline.doubt && <DoubtFlag reason={work.logline.doubt} />}
            </div>
          )}
          {work.genres.length > 0 && (
            <div className="space-y-2">
              <h2 className="sr-only">Genre</h2>
              <ul className="flex flex-wrap gap-2">
                {work.genres.map((genre) => (
                  <li key={genre.value}>
                    <Badge variant="soft" size="medium">
                      {genre.value}
                      <Citation ids={genre.sources} />
                    </Badge>
                  </li>
                ))}
              </ul>
              {work.genres.some((genre) => genre.note) && (
                <details className="max-w-prose text-sm">
                  <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-accent underline">
                    How each article describes the genre
                  </summary>
                  <ul className="mt-1 space-y-1 text-ink-muted">
                    {work.genres.map((genre) =>
                      genre.note ? <li key={genre.value}>{genre.note}</li> : null,
                    )}
                  </ul>
                </details>
              )}
            </div>
          )}
          {actions}
        </div>

        <section aria-labelledby="at-a-glance" className="min-w-0">
          <h2 id="at-a-glance" className="text-lg font-semibold">
            At a glance
          </h2>
          <dl className="mt-1">
            {work.year && (
              <Fact term="Year">
                <ClaimedValue claims={work.year} showNotes />
              </Fact>
            )}
            <Fact term="Kind">
              {workKindLabels[work.kind]}
              <Citation ids={work.sources} />
            </Fact>
            {work.platform && (
              <Fact term="Platform">
                <ClaimedValue claims={[work.platform]} showNotes />
              </Fact>
            )}
            {keyCredits.map(({ job, credit }) => (
              <Fact key={credit.id} term={job}>
                <Link
                  to={paths.person(credit.person.slug)}
                  className="font-medium text-accent underline"
                >
                  {credit.person.name}
                </Link>
                <Citation ids={credit.sources} />
              </Fact>
            ))}
          </dl>
        </section>
      </div>
    </header>
  )
}
