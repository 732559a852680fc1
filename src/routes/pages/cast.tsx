import { pageNames } from '@/lib/page-title'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { CitedSourcesList, CitedSourcesProvider } from '@/components/ui/citation'
import { workQueries } from '@/data/queries'
import { CastView } from '@/features/cast/cast-view'
import { WorkSubpageHeader } from '../work-subpage-header'

export function CastRoute() {
  const { slug = '' } = useParams()
  const { data } = useSuspenseQuery(workQueries.detail(slug))
  const { work } = data
  return (
    <CitedSourcesProvider sources={data.sources}>
      <div className="space-y-8">
        <WorkSubpageHeader
          work={work}
          title="Cast and crew"
          pageName={pageNames.cast(work.title)}
          shareText={`Who is who in ${work.title}, with the sources for every credit.`}
        >
          Everyone the articles credit on {work.title}, each credit with its sources.
        </WorkSubpageHeader>
        <CastView payload={data} />
        <CitedSourcesList className="border-t border-line pt-8" />
      </div>
    </CitedSourcesProvider>
  )
}

export { CastRoute as Component }
