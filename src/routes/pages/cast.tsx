import { pageNames } from '@/lib/page-title'
import { useSuspenseQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { PageHeading } from '@/components/layout/page-heading'
import { CitedSourcesList, CitedSourcesProvider } from '@/components/ui/citation'
import { paths } from '@/config/paths'
import { workQueries } from '@/data/queries'
import { CastView } from '@/features/cast/cast-view'
import { ShareButton } from '@/features/share/share-button'

export function CastRoute() {
  const { slug = '' } = useParams()
  const { data } = useSuspenseQuery(workQueries.detail(slug))
  const { work, credits } = data
  return (
    <CitedSourcesProvider sources={data.sources}>
      <div className="space-y-8">
        <header className="space-y-2">
          <p className="text-sm font-medium">
            <Link to={paths.film(work.slug)} className="text-accent underline">
              {work.title}
            </Link>
            {work.hangulTitle && (
              <span lang="ko" className="ml-2 text-ink-muted">
                {work.hangulTitle.value}
              </span>
            )}
          </p>
          <PageHeading title="Cast and crew" pageName={pageNames.cast(work.title)} />
          <p className="max-w-prose text-ink-muted">
            Everyone the articles credit on {work.title}, each credit with its sources.
          </p>
          <ShareButton
            title={pageNames.cast(work.title)}
            text={`Who is who in ${work.title}, with the sources for every credit.`}
          />
        </header>
        <CastView workSlug={work.slug} credits={credits} />
        <CitedSourcesList className="border-t border-line pt-8" />
      </div>
    </CitedSourcesProvider>
  )
}

export { CastRoute as Component }
