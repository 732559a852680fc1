import { Section } from '@/components/ui/section'
import { useSuspenseQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { PageHeading } from '@/components/layout/page-heading'
import { Badge } from '@/components/ui/badge'
import { CitedSourcesList, CitedSourcesProvider, sourceOutlet } from '@/components/ui/citation'
import { paths } from '@/config/paths'
import { sourceQueries } from '@/data/queries'
import { DatasetDownload } from '@/features/sources/dataset-download'
import { DisagreementList } from '@/features/sources/disagreement-list'
import { SourceMeta } from '@/features/sources/source-meta'
import { SupportedFactList } from '@/features/sources/supported-facts'
import { countOf } from '@/lib/count'

export function SourceRoute() {
  const { id = '' } = useParams()
  const { data } = useSuspenseQuery(sourceQueries.detail(id))
  const { source } = data

  return (
    <CitedSourcesProvider sources={data.sources}>
      <article className="space-y-12">
        <header className="space-y-4">
          <p className="text-sm font-semibold tracking-wide text-accent uppercase">
            <Link to={paths.sources()} className="underline decoration-2 underline-offset-4">
              Sources
            </Link>
            <span aria-hidden="true"> / </span>
            <span className="text-ink-muted">{sourceOutlet(source)}</span>
          </p>
          {source.kind === 'editorial' && <Badge variant="outline">Editorial</Badge>}
          <PageHeading
            title={source.kind === 'article' ? `“${source.title}”` : source.title}
            pageName={source.title}
            className="max-w-4xl leading-tight text-balance"
          />
          <SourceMeta source={source} large />
          {source.cites && (
            <p className="text-sm text-ink-muted">
              The article credits {source.cites} as its own source.
            </p>
          )}
          <p className="max-w-prose text-lg leading-relaxed">{source.summary}</p>
          {source.kind === 'editorial' && (
            <p className="max-w-prose leading-relaxed text-ink-muted">
              Not an article: additions by the editors of this explorer, limited to Hangul spellings
              they are certain of, and cited like any other source so they are never mistaken for
              something the articles say.
            </p>
          )}
        </header>

        <Section
          headingId="supports"
          title="What it supports"
          intro={
            <p className="mt-1 text-ink-muted">
              {countOf(source.factCount, 'fact')} on {countOf(source.pages.length, 'page')}, each
              under the page where it appears.
            </p>
          }
        >
          <SupportedFactList pages={source.pages} />
        </Section>

        {data.disagreements.length > 0 && (
          <Section headingId="disputed" title="Where it differs or is doubted">
            <DisagreementList disagreements={data.disagreements} />
          </Section>
        )}

        <CitedSourcesList className="border-t border-line pt-8" />

        <footer className="space-y-4 border-t border-line pt-8">
          <p>
            <Link to={paths.sources()} className="font-medium text-accent underline">
              All sources and where they disagree
            </Link>
          </p>
          <DatasetDownload />
        </footer>
      </article>
    </CitedSourcesProvider>
  )
}

export { SourceRoute as Component }
