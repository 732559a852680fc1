import { lazy, Suspense, type ComponentType, type ReactNode } from 'react'
import { useHydrated } from './use-hydrated'

type WithPlaceholder<Props> = Props & { placeholder?: ReactNode }

/**
 * A part of a page that only matters once the app runs (a Share button, the offline notices,
 * suggestions): its code loads after hydration, `placeholder` holds its place meanwhile, and a
 * failed download (offline, a redeployed site) leaves the placeholder instead of breaking the page.
 */
export function optionalPart<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const Part = lazy<ComponentType<WithPlaceholder<Props>>>(() =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: ({ placeholder = null }) => placeholder }),
    ),
  )
  return function OptionalPart({ placeholder = null, ...props }: WithPlaceholder<Props>) {
    const hydrated = useHydrated()
    if (!hydrated) return placeholder
    return (
      <Suspense fallback={placeholder}>
        <Part {...(props as Props)} placeholder={placeholder} />
      </Suspense>
    )
  }
}
