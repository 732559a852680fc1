import { Link } from 'react-router'
import { Monogram } from '@/components/ui/monogram'
import { paths } from '@/config/paths'
import type { PersonPayload } from '@/data/payload-types'
import { Section } from '@/components/ui/section'

type Collaborator = PersonPayload['collaborators'][number]

/** People credited with this person on works other than the featured film. */
export function Collaborators({
  name,
  collaborators,
  total,
}: {
  name: string
  collaborators: Collaborator[]
  /** How many there are in all; only the closest are listed. */
  total: number
}) {
  return (
    <Section
      compact
      className="render-when-near"
      title="Worked with"
      intro="People here who share a credit with them on other works."
    >
      {collaborators.length === 0 ? (
        <p className="text-sm text-ink-muted">
          The articles credit nobody else here on {name}’s other work.
        </p>
      ) : (
        <ul className="space-y-3">
          {collaborators.map(({ person, works }) => (
            <li
              key={person.slug}
              className="flex items-start gap-3 rounded-xl border border-line bg-surface p-3"
            >
              <Monogram slug={person.slug} name={person.name} size="small" />
              <div className="min-w-0">
                <Link
                  to={paths.person(person.slug)}
                  className="font-semibold text-ink underline decoration-line decoration-2 hover:decoration-accent"
                >
                  {person.name}
                </Link>
                <p className="text-sm text-ink-muted">
                  on{' '}
                  {works.map((work, index) => (
                    <span key={work.slug}>
                      {index > 0 && ', '}
                      <Link className="text-accent underline" to={paths.film(work.slug)}>
                        {work.title}
                      </Link>
                      {work.year && ` (${work.year})`}
                    </span>
                  ))}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
      {total > collaborators.length && (
        <p className="mt-3 text-sm text-ink-muted">
          And {total - collaborators.length} more, who share fewer works with {name}.
        </p>
      )}
    </Section>
  )
}
