import { pageNames } from '@/lib/page-title'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { CitedSourcesList, CitedSourcesProvider } from '@/components/ui/citation'
import { workQueries } from '@/data/queries'
import { TimelineView } from '@/features/timeline/timeline-view'
import { WorkSubpageHeader } from '../work-subpage-header'

export function TimelineRoute() {
  const { slug = '' } = useParams()
  const { data } = useSuspenseQuery(workQueries.detail(slug))
  const { work } = data
  return (
    <CitedSourcesProvider sources={data.sources}>
      <article className="space-y-10">
        <WorkSubpageHeader
          work={work}
          title="Timeline"
          pageName={pageNames.timeline(work.title)}
          shareText={`The release and festival history of ${work.title}, dated as the articles date it.`}
        >
          What happened around {work.title}, from the production to the weeks after release, as the
          articles date it. Where they give no day, the event is placed by what is known and
          labelled so.
        </WorkSubpageHeader>
        <TimelineView events={data.events} charts={data.charts} workSlug={work.slug} />
        <CitedSourcesList className="border-t border-line pt-8" />
      </article>
    </CitedSourcesProvider>
  )
}

export { TimelineRoute as Component }
