import { Section } from '@/components/ui/section'
import { useSuspenseQuery } from '@tanstack/react-query'
import { PageHeading } from '@/components/layout/page-heading'
import { CitedSourcesProvider } from '@/components/ui/citation'
import { sourceQueries } from '@/data/queries'
import { DatasetDownload } from '@/features/sources/dataset-download'
import { DisagreementList } from '@/features/sources/disagreement-list'
import { SourceList } from '@/features/sources/source-list'
import { pageNames } from '@/lib/page-title'
import { siteName } from '@/data/site'
import { ShareButton } from '@/features/share/share-button'

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const inWords = (count: number) => numberWords[count] ?? String(count)

export function SourcesRoute() {
  const { data } = useSuspenseQuery(sourceQueries.list())
  const articles = data.sources.filter((source) => source.kind === 'article')
  const editorial = data.sources.filter((source) => source.kind === 'editorial')
  const order = data.sources.map((source) => source.id)
  const numberOf = (id: string) => order.indexOf(id) + 1
  const differ = data.disagreements.filter((item) => item.kind === 'differ').length
  const doubts = data.disagreements.length - differ

  return (
    <CitedSourcesProvider sources={data.sources}>
      <article className="space-y-14">
        <header className="space-y-4">
          <PageHeading title={pageNames.sources} />
          <p className="max-w-prose text-lg leading-relaxed text-ink-muted">
            Everything in {siteName} comes from {inWords(articles.length)} news articles about the
            film, read one by one. Each fact on every page carries a numbered marker naming the
            articles that support it; where they disagree, the page says so and shows each version.
          </p>
          <DatasetDownload />
          <ShareButton text="The news articles behind every fact about Ballerina (2023), and where they disagree." />
        </header>

        <Section headingId="articles" title="The articles">
          <SourceList sources={articles} numberOf={numberOf} />
        </Section>

        <Section
          headingId="disagreements"
          title="Where the sources disagree"
          intro={
            <p className="mt-2 max-w-prose leading-relaxed text-ink-muted">
              {differ === 1 ? 'One fact is' : `${differ} facts are`} given differently by different
              articles, and {doubts} {doubts === 1 ? 'statement is' : 'statements are'} kept as the
              article wrote {doubts === 1 ? 'it' : 'them'} but flagged as doubtful. Each also
              appears, flagged the same way, on its own page.
            </p>
          }
        >
          <DisagreementList disagreements={data.disagreements} />
        </Section>

        {editorial.length > 0 && (
          <Section
            headingId="editorial"
            title="The editorial source"
            intro={
              <p className="mt-2 max-w-prose leading-relaxed text-ink-muted">
                A few facts come from the editors rather than from an article: the Hangul spellings
                of names and titles, added only where the editors are certain of them. They are
                cited to the source below, so they are never mistaken for something an article says.
              </p>
            }
          >
            <SourceList sources={editorial} numberOf={numberOf} />
          </Section>
        )}
      </article>
    </CitedSourcesProvider>
  )
}

export { SourcesRoute as Component }
