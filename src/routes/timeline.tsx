import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { PageHeading } from '@/components/layout/page-heading'
import { workQueries } from '@/data/queries'
import { timelineFor } from '@/data/selectors'

export function TimelineRoute() {
  const { slug = '' } = useParams()
  const { data } = useSuspenseQuery(workQueries.detail(slug))
  return (
    <section className="space-y-4">
      <PageHeading title={`Timeline of ${data.work.title}`} />
      {timelineFor(data.events).map((group) => (
        <section key={group.key} aria-label={group.anchor}>
          <ol className="space-y-1">
            {group.events.map((event) => (
              <li key={event.id}>{event.title}</li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  )
}
