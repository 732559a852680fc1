import { CopyLink, fragmentId } from '@/components/ui/copy-link'
import { Link } from 'react-router'
import { Citation } from '@/components/ui/citation'
import { ClaimedValue, DoubtFlag } from '@/components/ui/claims'
import type { Disagreement } from '@/data/payload-types'
import { formatRank } from '@/lib/format-rank'
import { groupByPage } from './group-by-page'
import { pagePath } from './supported-facts'

function DisagreementItem({ item }: { item: Disagreement }) {
  return (
    <li
      id={fragmentId(item.key)}
      className="linkable relative space-y-2 rounded-xl border border-line bg-surface p-4"
    >
      <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm font-medium text-ink-muted">
        {item.label}
        <CopyLink id={fragmentId(item.key)} label={item.label} />
      </p>
      {item.kind === 'differ' ? (
        <ClaimedValue
          claims={item.claims}
          format={(value) => (item.field === 'rank' ? formatRank(Number(value)) : String(value))}
        />
      ) : (
        <>
          <p className="leading-relaxed">
            <span className="font-semibold">An article says: </span>
            {item.statement}
            <Citation ids={item.sources} />
          </p>
          <DoubtFlag reason={item.doubt} />
        </>
      )}
    </li>
  )
}

/**
 * Every fact on which the articles differ, or which the editors doubt, grouped by the page where
 * it appears, so a reader can check each one in place.
 */
export function DisagreementList({ disagreements }: { disagreements: Disagreement[] }) {
  return (
    <div className="space-y-8">
      {groupByPage(disagreements).map(({ page, items }) => {
        const differ = items.filter((item) => item.kind === 'differ').length
        const doubts = items.length - differ
        return (
          <section
            key={`${page.kind}:${page.slug}`}
            aria-label={`On ${page.title}`}
            className="space-y-3"
          >
            <h3 className="flex flex-wrap items-center gap-x-3 gap-y-1 text-lg font-semibold">
              <Link to={pagePath(page)} className="text-accent underline">
                {page.title}
              </Link>
              <span className="text-sm font-normal text-ink-muted">
                {[differ > 0 && `${differ} where sources differ`, doubts > 0 && `${doubts} doubted`]
                  .filter(Boolean)
                  .join(', ')}
              </span>
            </h3>
            <ul className="grid gap-3 md:grid-cols-2">
              {items.map((item) => (
                <DisagreementItem key={item.key} item={item} />
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
