import { Suspense, useDeferredValue } from 'react'
import { Form, useSearchParams } from 'react-router'
import { PageHeading } from '@/components/layout/page-heading'
import { paths } from '@/config/paths'
import { LoadFailureBoundary } from '@/features/search/load-failure'
import { SearchIcon } from '@/components/ui/search-icon'
import { retryableLazy } from '@/features/search/retryable-lazy'
import { pageNames } from '@/lib/page-title'
import { fieldEntryState, useAddressDraft } from '@/lib/use-address-draft'
import { useHydrated } from '@/lib/use-hydrated'

// The engine and es-hangul load with the results, only once there is a query.
const SearchResults = retryableLazy<{ query: string }>(() =>
  import('@/features/search/search-results').then((module) => ({
    default: module.SearchResults,
  })),
)

/**
 * A GET form, so `/search?q=…` is a shareable link and the form submits without JavaScript.
 * Results follow the text as it is typed; submitting puts the query in the URL.
 */
export function SearchRoute() {
  const hydrated = useHydrated()
  const [params] = useSearchParams()
  // The page is prerendered without a query: read it only once hydration has matched the markup.
  const urlQuery = hydrated ? (params.get('q') ?? '') : ''
  const [text, setText] = useAddressDraft(urlQuery)
  const query = useDeferredValue(text).trim()

  return (
    <section className="max-w-3xl space-y-8">
      <PageHeading
        title={pageNames.search}
        pageName={query ? `${pageNames.search}: ${query}` : pageNames.search}
      />
      <Form
        method="get"
        action={paths.search()}
        role="search"
        className="space-y-2"
        // The address will say what was submitted: the field must not jump back to it if the
        // reader has typed on in the meantime.
        state={fieldEntryState}
      >
        <label htmlFor="search-query" className="block font-medium text-ink">
          Names, characters, films and events, in any spelling or in Hangul
        </label>
        <div className="flex gap-2">
          <input
            id="search-query"
            name="q"
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="search"
            placeholder="Ok-joo, 전종서, ㅈㅈㅅ…"
            className="min-h-12 w-full min-w-0 rounded-lg border border-line bg-surface px-3 text-base text-ink placeholder:text-ink-muted"
          />
          <button
            type="submit"
            className="inline-flex min-h-12 shrink-0 items-center gap-2 rounded-lg bg-accent px-4 font-semibold text-accent-ink"
          >
            <SearchIcon className="size-4" />
            Search
          </button>
        </div>
        <p className="text-sm text-ink-muted">
          Press <kbd className="rounded border border-line px-1">/</kbd> on any page to search from
          there.
        </p>
      </Form>
      {query ? (
        <LoadFailureBoundary what="Search" onRetry={SearchResults.retry}>
          <Suspense
            fallback={
              <p role="status" className="text-ink-muted">
                Loading search…
              </p>
            }
          >
            <SearchResults query={query} />
          </Suspense>
        </LoadFailureBoundary>
      ) : (
        <p className="max-w-prose text-ink-muted">
          Spellings differ between articles — Ok-ju or Ok-joo, Lee Chung-hyun or Chung-Hyun Lee —
          and any of them finds the same person. Korean readers can type Hangul, or only its initial
          consonants.
        </p>
      )}
    </section>
  )
}

export { SearchRoute as Component }
