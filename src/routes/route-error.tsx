import { isRouteErrorResponse, Link, useLocation, useNavigate, useRouteError } from 'react-router'
import { PageHeading } from '@/components/layout/page-heading'
import { paths } from '@/config/paths'
import { LoadError } from '@/data/payload-paths'
import { NotFoundSlot } from './not-found-slot'

/** What failed, in words a reader can act on. */
function failureOf(error: unknown): string {
  if (isRouteErrorResponse(error)) return `The server answered ${error.status}.`
  if (!(error instanceof LoadError)) return 'Part of this page could not be loaded.'
  const status = error.status ? ` (HTTP ${error.status})` : ''
  return `The ${error.part} of this page could not be downloaded${status}.`
}

/**
 * A page that could not load: not found, or a failure the reader can retry. A page's failure shows
 * inside the shell, so the header and the search stay usable; only the shell's own shows alone.
 */
export function RouteError() {
  const error = useRouteError()
  const location = useLocation()
  const navigate = useNavigate()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundSlot />
  // Navigating to the same address loads the page's code and data again.
  const retry = () =>
    void navigate(
      { pathname: location.pathname, search: location.search, hash: location.hash },
      { replace: true },
    )
  return (
    <section className="max-w-2xl space-y-4" role="alert">
      <PageHeading title="This page could not load" />
      <p className="text-ink-muted">
        {failureOf(error)} Check the connection, then try again. The{' '}
        <Link className="text-accent underline" to={paths.home()}>
          film page
        </Link>{' '}
        is a good place to start again.
      </p>
      <button
        type="button"
        onClick={retry}
        className="inline-flex min-h-11 items-center rounded-lg bg-accent px-4 font-semibold text-accent-ink"
      >
        Retry
      </button>
    </section>
  )
}
