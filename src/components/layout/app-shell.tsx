import { useEffect, type ReactNode } from 'react'
import { NavLink } from 'react-router'
import { paths } from '@/config/paths'
import { featuredWorkSlug, siteName } from '@/data/site'
import { cn } from '@/lib/cn'
import { useNavigationPending } from './navigation-pending'

const navItems = [
  { to: paths.film(featuredWorkSlug), label: 'Film', end: true },
  { to: paths.cast(featuredWorkSlug), label: 'Cast & crew', end: false },
  { to: paths.timeline(featuredWorkSlug), label: 'Timeline', end: false },
  { to: paths.sources(), label: 'Sources', end: false },
  { to: paths.search(), label: 'Search', end: false },
]

/**
 * Marks `<html data-hydrated>` once the app has taken over the prerendered page. Until then the
 * page is plain HTML: links work, but filters and search do not yet respond, so the browser
 * tests (and any styling that needs to know) wait for this mark.
 */
function useMarkHydrated() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = ''
  }, [])
}

/**
 * `headerActions`, `notices` and the page itself (`children`) come from the root route, so the
 * layout imports no feature (search, offline) and no route.
 */
export function AppShell({
  headerActions,
  notices,
  children,
}: {
  headerActions?: ReactNode
  notices?: ReactNode
  children: ReactNode
}) {
  useMarkHydrated()
  const loading = useNavigationPending()
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded bg-accent px-4 py-2 font-semibold text-accent-ink focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <NavLink to={paths.home()} className="order-0 text-lg font-bold tracking-tight text-ink">
            <span className="text-accent" aria-hidden="true">
              ◆{' '}
            </span>
            {siteName}
          </NavLink>
          <nav aria-label="Main" className="order-2 -mx-2 w-full lg:order-1 lg:w-auto">
            <ul className="flex flex-wrap gap-x-1 text-sm">
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={item.to}
                    end={item.end}
                    className={({ isActive }) =>
                      cn(
                        'inline-block rounded px-2 py-2 font-medium whitespace-nowrap',
                        isActive
                          ? 'text-accent underline decoration-2'
                          : 'text-ink-muted hover:text-ink',
                      )
                    }
                  >
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          {/* After the navigation in reading order; beside the site name on narrow screens. */}
          {headerActions ? <div className="order-1 ml-auto lg:order-2">{headerActions}</div> : null}
        </div>
        {notices}
      </header>
      <main
        id="main"
        tabIndex={-1}
        aria-busy={loading || undefined}
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none"
      >
        {children}
      </main>
      <footer className="border-t border-line bg-surface text-sm text-ink-muted">
        <div className="mx-auto max-w-6xl px-4 py-6">
          Every fact here comes from five news articles about the film, cited where it appears.{' '}
          <NavLink to={paths.sources()} className="text-accent underline">
            See the sources
          </NavLink>
          .
        </div>
      </footer>
    </div>
  )
}
