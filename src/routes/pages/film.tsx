import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { LaterParts } from '@/components/layout/later-parts'
import { CitedSourcesList, CitedSourcesProvider } from '@/components/ui/citation'
import { workQueries } from '@/data/queries'
import { featuredWorkSlug } from '@/data/site'
import type { WorkPayload } from '@/data/payload-types'
import { CastPreview } from '@/features/film/cast-preview'
import { FilmHero } from '@/features/film/film-hero'
import { ShareButton } from '@/features/share/share-button'
import { paths } from '@/config/paths'
import { WorkAwards } from '@/features/film/work-awards'
import { WorkCredits } from '@/features/film/work-credits'
import { WorkFacts } from '@/features/film/work-facts'
import { ChartPerformance } from '@/features/ratings/chart-performance'
import { RatingsPanel } from '@/features/ratings/ratings-panel'
import { TimelinePreview } from '@/features/timeline/timeline-preview'

/** Shares the film page with its title and the articles' one-line summary of it. */
function ShareFilm({ work }: { work: WorkPayload['work'] }) {
  const text = work.logline?.value ?? `${work.title}: its people, its release and its sources.`
  return <ShareButton text={text} />
}

/** The credits the head of the page may name: the first page, and key crew listed after it. */
const headCredits = (payload: WorkPayload) => [...payload.credits, ...payload.laterKeyCredits]

/** The featured film: everything the articles say, with ratings, charts and previews. */
function FeaturedFilm({ payload }: { payload: WorkPayload }) {
  const { work, credits, creditCount, events, ratings, charts, awards } = payload
  return (
    <article className="space-y-14">
      <FilmHero work={work} credits={headCredits(payload)} actions={<ShareFilm work={work} />} />
      {(ratings.length > 0 || charts.length > 0) && (
        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)] lg:gap-8">
          <RatingsPanel ratings={ratings} headingId="ratings" />
          <ChartPerformance charts={charts} headingId="chart-performance" />
        </div>
      )}
      <LaterParts name="previews" className="space-y-14">
        <CastPreview
          credits={credits}
          creditCount={creditCount}
          workSlug={work.slug}
          headingId="cast-preview"
        />
        <TimelinePreview events={events} workSlug={work.slug} headingId="timeline-preview" />
      </LaterParts>
      <LaterParts name="facts" className="space-y-14">
        <WorkFacts facts={work.facts} headingId="what-the-articles-say" />
        <WorkAwards awards={awards} headingId="awards" />
        <CitedSourcesList className="border-t border-line pt-8" />
      </LaterParts>
    </article>
  )
}

/** Another work of the film's people: the same page, lighter, with only what the articles give. */
function OtherWork({ payload }: { payload: WorkPayload }) {
  const { work, credits, creditCount, events, ratings, charts, awards } = payload
  return (
    <article className="space-y-12">
      <FilmHero work={work} credits={headCredits(payload)} actions={<ShareFilm work={work} />} />
      <WorkFacts facts={work.facts} headingId="what-the-articles-say" />
      <LaterParts name="credits" className="space-y-12">
        <WorkCredits
          credits={credits}
          creditCount={creditCount}
          headingId="credits"
          castHref={paths.cast(work.slug)}
        />
        <RatingsPanel ratings={ratings} headingId="ratings" />
        <ChartPerformance charts={charts} headingId="chart-performance" />
        <TimelinePreview events={events} workSlug={work.slug} headingId="timeline-preview" />
        <WorkAwards awards={awards} headingId="awards" />
        <CitedSourcesList className="border-t border-line pt-8" />
      </LaterParts>
    </article>
  )
}

export function FilmRoute() {
  const { slug = featuredWorkSlug } = useParams()
  const { data } = useSuspenseQuery(workQueries.detail(slug))
  return (
    <CitedSourcesProvider sources={data.sources}>
      {data.work.slug === featuredWorkSlug ? (
        <FeaturedFilm payload={data} />
      ) : (
        <OtherWork payload={data} />
      )}
    </CitedSourcesProvider>
  )
}

export { FilmRoute as Component }
