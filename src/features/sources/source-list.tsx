import { Link } from 'react-router'
import { Badge } from '@/components/ui/badge'
import { citationAnchor } from '@/components/ui/citation'
import { paths } from '@/config/paths'
import type { SourceSummary } from '@/data/payload-types'
import { SourceMeta } from './source-meta'
import { SupportedPages } from './supported-facts'
import { countOf } from '@/lib/count'

/**
 * One card per source: who published it, when, what it says, and where its facts appear. Cards
 * carry the citation anchors, so a marker on this page jumps to its source. `number` matches the
 * marker's number.
 */
export function SourceList({
  sources,
  numberOf,
}: {
  sources: SourceSummary[]
  numberOf: (id: string) => number
}) {
  return (
    <ol className="space-y-4">
      {sources.map((source) => (
        <li
          key={source.id}
          id={citationAnchor(source.id)}
          className="scroll-mt-4 rounded-xl border border-line bg-surface p-4 target:border-accent target:ring-2 target:ring-accent sm:p-6"
        >
          <article aria-labelledby={`source-${source.id}`} className="space-y-3">
            <div className="flex flex-wrap items-center gap-2">
              <Badge variant="soft" className="tabular-nums">
                [{numberOf(source.id)}]
              </Badge>
              {source.kind === 'editorial' && <Badge variant="outline">Editorial</Badge>}
            </div>
            <h3 id={`source-${source.id}`} className="text-xl leading-snug font-semibold">
              <Link
                to={paths.source(source.id)}
                className="text-ink underline decoration-accent/60 decoration-2 underline-offset-4 hover:text-accent hover:decoration-accent"
              >
                {source.kind === 'article' ? `“${source.title}”` : source.title}
              </Link>
            </h3>
            <SourceMeta source={source} />
            <p className="max-w-prose leading-relaxed">{source.summary}</p>
            <div className="space-y-2 border-t border-line pt-3">
              <p className="text-sm font-medium">
                Supports {countOf(source.factCount, 'fact')}, on these pages:
              </p>
              <SupportedPages pages={source.pages} />
              {source.pageCount > source.pages.length && (
                <p className="text-sm text-ink-muted">
                  And {countOf(source.pageCount - source.pages.length, 'more page')}.
                </p>
              )}
              <p>
                <Link
                  to={paths.source(source.id)}
                  className="inline-flex min-h-11 items-center text-sm font-medium text-accent underline"
                >
                  Every fact it supports
                  <span className="sr-only">: {source.title}</span>
                </Link>
              </p>
            </div>
          </article>
        </li>
      ))}
    </ol>
  )
}
