import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { PageHeading } from '@/components/layout/page-heading'
import { paths } from '@/config/paths'
import { NotFoundRoute } from './not-found'

export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />
  return (
    <section className="max-w-2xl space-y-4" role="alert">
      <PageHeading title="Something went wrong" />
      <p className="text-ink-muted">
        This page could not be shown. Reloading may help; if it does not, the{' '}
        <Link className="text-accent underline" to={paths.home()}>
          film page
        </Link>{' '}
        is a good place to start again.
      </p>
    </section>
  )
}
