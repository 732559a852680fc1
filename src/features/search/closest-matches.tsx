import { Link } from 'react-router'
import { resultKinds } from './search-results-model'
import { useShardedSearch } from './use-sharded-search'

const kindLabel = new Map(resultKinds.map(({ kind, label }) => [kind, label]))

/** "Did you mean" for a mistyped address: `/people/jeon-jongseo` offers Jeon Jong-seo. */
export function ClosestMatches({ text }: { text: string }) {
  const { status, results: matches } = useShardedSearch(text, { limit: 5, closest: true })

  if (status === 'pending') {
    return (
      <p role="status" className="text-ink-muted">
        Looking for pages with a similar name…
      </p>
    )
  }
  if (matches.length === 0) return null
  return (
    <section aria-labelledby="closest-heading" className="space-y-2">
      <h2 id="closest-heading" className="text-xl font-semibold tracking-tight">
        Did you mean
      </h2>
      <ul className="space-y-2">
        {matches.map((match) => (
          <li key={match.id}>
            <Link className="text-lg font-semibold text-accent underline" to={match.href}>
              {match.title}
            </Link>
            <span className="block text-sm text-ink-muted">
              {kindLabel.get(match.kind)}
              {match.context ? ` · ${match.context}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
