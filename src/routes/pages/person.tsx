import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { LaterParts } from '@/components/layout/later-parts'
import { CitedSourcesList, CitedSourcesProvider } from '@/components/ui/citation'
import { personQueries } from '@/data/queries'
import { featuredWorkSlug } from '@/data/site'
import { AwardsList } from '@/features/person/awards-list'
import { Collaborators } from '@/features/person/collaborators'
import { FeaturedRole } from '@/features/person/featured-role'
import { Filmography } from '@/features/person/filmography'
import { AlsoWrittenAs, PersonFacts } from '@/features/person/person-facts'
import { PersonHeader } from '@/features/person/person-header'
import { ShareButton } from '@/features/share/share-button'

export function PersonRoute() {
  const { slug = '' } = useParams()
  const { data } = useSuspenseQuery(personQueries.detail(slug))
  const { person, filmography, awards, collaborators, collaboratorCount } = data
  const featuredCredits = filmography.filter((credit) => credit.work.slug === featuredWorkSlug)
  return (
    <CitedSourcesProvider sources={data.sources}>
      <article className="space-y-10">
        <PersonHeader person={person} />
        <ShareButton text={`${person.name}: ${person.knownAs.value}.`} />
        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-12">
          <div className="min-w-0 space-y-10">
            <FeaturedRole credits={featuredCredits} />
            <LaterParts name="facts" className="space-y-10">
              <PersonFacts facts={person.facts} />
              <Filmography personSlug={person.slug} credits={filmography} />
              <AwardsList name={person.name} awards={awards} />
            </LaterParts>
          </div>
          <aside aria-label={`More about ${person.name}`} className="min-w-0 space-y-10">
            <AlsoWrittenAs name={person.name} aliases={person.aliases} />
            <Collaborators
              name={person.name}
              collaborators={collaborators}
              total={collaboratorCount}
            />
          </aside>
        </div>
        <LaterParts name="sources">
          <CitedSourcesList className="border-t border-line pt-8" />
        </LaterParts>
      </article>
    </CitedSourcesProvider>
  )
}

export { PersonRoute as Component }
