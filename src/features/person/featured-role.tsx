import { Link } from 'react-router'
import { Citation } from '@/components/ui/citation'
import { DoubtFlag } from '@/components/ui/claims'
import { paths } from '@/config/paths'
import { RoleLine } from '@/components/ui/role-line'
import type { CreditWithWork } from '@/data/payload-types'
import { Section } from '@/components/ui/section'

/** What the person did on the featured film, with how each article describes the character. */
export function FeaturedRole({ credits }: { credits: CreditWithWork[] }) {
  const work = credits[0]?.work
  if (!work) return null
  return (
    <Section compact className="render-when-near" title={`In ${work.title}`}>
      <div className="space-y-4 rounded-xl border border-accent/30 bg-accent-soft/50 p-4 sm:p-5">
        <ul className="space-y-4">
          {credits.map((credit) => (
            <li key={credit.id} className="space-y-2">
              <p className="text-lg">
                {credit.department === 'cast' && !credit.character && (
                  <>
                    {credit.billing === 'supporting' ? 'Supporting cast' : 'Cast'}
                    <span className="text-ink-muted"> — </span>
                  </>
                )}
                <RoleLine credit={credit} stress="font-semibold" />
                {credit.character?.hangulName && (
                  <span lang="ko" className="ml-1.5 text-ink-muted">
                    {credit.character.hangulName.value}
                  </span>
                )}
                <Citation ids={credit.sources} />
              </p>
              {credit.character && credit.character.aliases.length > 0 && (
                <p className="text-sm text-ink-muted">
                  Also spelt{' '}
                  {credit.character.aliases.map((alias, index) => (
                    <span key={alias.name}>
                      {index > 0 && ', '}
                      <span className="text-ink">{alias.name}</span>
                      <Citation ids={alias.sources} />
                    </span>
                  ))}
                </p>
              )}
              {credit.character && credit.character.descriptions.length > 0 && (
                <div className="space-y-1.5">
                  <p className="text-sm font-medium text-ink">How the articles describe the role</p>
                  <ul className="space-y-2 border-l-2 border-accent/40 pl-4 text-sm">
                    {credit.character.descriptions.map((description) => (
                      <li key={description.text}>
                        {description.text}
                        <Citation ids={description.sources} />
                        {description.doubt && <DoubtFlag reason={description.doubt} />}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {credit.doubt && <DoubtFlag reason={credit.doubt} />}
            </li>
          ))}
        </ul>
        <p className="flex flex-wrap gap-x-5 text-sm font-medium">
          <Link
            className="inline-flex min-h-11 items-center text-accent underline"
            to={paths.film(work.slug)}
          >
            About the film
          </Link>
          <Link
            className="inline-flex min-h-11 items-center text-accent underline"
            to={paths.cast(work.slug)}
          >
            Full cast and crew
          </Link>
        </p>
      </div>
    </Section>
  )
}
