import { Link, useSearchParams } from 'react-router'
import { Badge } from '@/components/ui/badge'
import { BillingBadge } from '@/components/ui/billing-badge'
import { RoleLine } from '@/components/ui/role-line'
import { Citation } from '@/components/ui/citation'
import { DoubtFlag } from '@/components/ui/claims'
import { paths } from '@/config/paths'
import type { CreditWithWork, Department } from '@/data/payload-types'
import { featuredWorkSlug } from '@/data/site'
import { cn } from '@/lib/cn'
import { workKindLabels } from '@/lib/work-kinds'
import { filterFilmography, groupByYear, parseRoleFilter } from './role-filter'
import { Section } from '@/components/ui/section'
import { useHydrated } from '@/lib/use-hydrated'
import { countOf } from '@/lib/count'

const roleOptions: { role: Department | null; label: string }[] = [
  { role: null, label: 'All roles' },
  { role: 'cast', label: 'Cast' },
  { role: 'crew', label: 'Crew' },
]

function RoleFilter({
  personSlug,
  active,
  credits,
}: {
  personSlug: string
  active: Department | null
  credits: CreditWithWork[]
}) {
  return (
    <nav aria-label="Filter the filmography by role">
      <ul className="flex flex-wrap gap-2">
        {roleOptions.map(({ role, label }) => {
          const count = filterFilmography(credits, role).length
          const current = role === active
          return (
            <li key={label}>
              <Link
                to={{ pathname: paths.person(personSlug), search: role ? `?role=${role}` : '' }}
                preventScrollReset
                aria-current={current ? 'true' : undefined}
                className={cn(
                  'inline-flex min-h-11 items-center gap-2 rounded-full border px-4 text-sm font-medium transition-colors',
                  current
                    ? 'border-ink bg-ink font-semibold text-canvas'
                    : 'border-line bg-surface text-ink hover:border-accent',
                )}
              >
                {current && <span aria-hidden="true">✓</span>}
                {label}
                <span className={cn('tabular-nums', current ? 'opacity-80' : 'text-ink-muted')}>
                  {count}
                </span>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

function FilmographyEntry({ credit }: { credit: CreditWithWork }) {
  const featured = credit.work.slug === featuredWorkSlug
  return (
    <li
      className={cn(
        'rounded-xl border bg-surface p-4',
        featured ? 'border-accent/50 ring-1 ring-accent/20' : 'border-line',
      )}
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <Link
          to={paths.film(credit.work.slug)}
          className="text-lg font-semibold text-ink underline decoration-line decoration-2 hover:decoration-accent"
        >
          {credit.work.title}
        </Link>
        {credit.work.hangulTitle && (
          <span lang="ko" className="text-sm text-ink-muted">
            {credit.work.hangulTitle}
          </span>
        )}
      </div>
      <p className="mt-1 text-sm">
        <RoleLine credit={credit} />
        {credit.character && credit.character.aliases.length > 0 && (
          <span className="text-ink-muted">
            {' '}
            (also {credit.character.aliases.map((alias) => alias.name).join(', ')})
          </span>
        )}
        <Citation ids={credit.sources} />
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Badge variant="outline">{workKindLabels[credit.work.kind]}</Badge>
        <BillingBadge billing={credit.billing} />
        {featured && <Badge variant="soft">This film</Badge>}
      </div>
      {credit.note && <p className="mt-2 text-sm text-ink-muted">{credit.note}</p>}
      {credit.doubt && <DoubtFlag reason={credit.doubt} offset={2} />}
    </li>
  )
}

/** Every credit in chronological order, grouped by year; works with no known year come last. */
export function Filmography({
  personSlug,
  credits,
}: {
  personSlug: string
  credits: CreditWithWork[]
}) {
  const [searchParams] = useSearchParams()
  // Prerendered without search params: the role filter applies once the page has hydrated.
  const hydrated = useHydrated()
  const role = hydrated ? parseRoleFilter(searchParams) : null
  const shown = filterFilmography(credits, role)

  return (
    <Section
      compact
      className="render-when-near"
      title="Filmography"
      intro="In the order the works came out, as far as the articles date them."
    >
      <RoleFilter personSlug={personSlug} active={role} credits={credits} />
      <p role="status" className="text-sm font-medium text-ink-muted">
        {shown.length} of {countOf(credits.length, 'credit')}
      </p>
      {shown.length === 0 ? (
        <p className="rounded-xl border border-dashed border-line px-4 py-6 text-sm text-ink-muted">
          No {role === 'crew' ? 'crew' : 'acting'} credits in the articles.{' '}
          <Link
            to={paths.person(personSlug)}
            preventScrollReset
            className="font-medium text-accent underline"
          >
            Show all roles
          </Link>
        </p>
      ) : (
        <ol className="space-y-6">
          {groupByYear(shown).map((group) => (
            <li
              key={group.year ?? 'undated'}
              className="grid gap-3 sm:grid-cols-[6.5rem_minmax(0,1fr)] sm:gap-5"
            >
              <h3 className="text-sm font-semibold text-ink sm:pt-4 sm:text-right">
                {group.year ?? <span className="font-medium text-ink-muted">Year not given</span>}
              </h3>
              <ol className="space-y-3 border-l-2 border-line pl-4 sm:pl-5">
                {group.credits.map((credit) => (
                  <FilmographyEntry key={credit.id} credit={credit} />
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </Section>
  )
}
