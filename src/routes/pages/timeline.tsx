import { pageNames } from '@/lib/page-title'
import { useSuspenseQuery } from '@tanstack/react-query'
import { Link, useParams, useSearchParams } from 'react-router'
import { PageHeading } from '@/components/layout/page-heading'
import { CitedSourcesList, CitedSourcesProvider } from '@/components/ui/citation'
import { paths } from '@/config/paths'
import { workQueries } from '@/data/queries'
import { ShareButton } from '@/features/share/share-button'
import { TimelineView } from '@/features/timeline/timeline-view'

export function TimelineRoute() {
  const { slug = '' } = useParams()
  const [search] = useSearchParams()
  const { data } = useSuspenseQuery(workQueries.detail(slug))
  const { work } = data
  return (
    <CitedSourcesProvider sources={data.sources}>
      <article className="space-y-10">
        <header className="space-y-3">
          <p className="text-sm font-semibold tracking-wide text-accent uppercase">
            <Link to={paths.film(work.slug)} className="underline decoration-2 underline-offset-4">
              {work.title}
            </Link>
          </p>
          <PageHeading title="Timeline" pageName={pageNames.timeline(work.title)} />
          <p className="max-w-prose text-lg text-ink-muted">
            What happened around {work.title}, from the production to the weeks after release, as
            the articles date it. Where they give no day, the event is placed by what is known and
            labelled so.
          </p>
          <ShareButton
            title={pageNames.timeline(work.title)}
            text={`The release and festival history of ${work.title}, dated as the articles date it.`}
          />
        </header>
        <TimelineView
          events={data.events}
          charts={data.charts}
          search={search}
          workSlug={work.slug}
        />
        <CitedSourcesList className="border-t border-line pt-8" />
      </article>
    </CitedSourcesProvider>
  )
}

export { TimelineRoute as Component }
