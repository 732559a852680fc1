import { lazy, Suspense } from 'react'
import { AppShell } from '@/components/layout/app-shell'
import { PaletteLauncher } from '@/features/search/palette-launcher'
import { useHydrated } from '@/lib/use-hydrated'

// What the shell says about the connection and a new version only matters once the app runs.
const OfflineNotices = lazy(() =>
  import('@/features/offline/offline-notices').then((module) => ({
    default: module.OfflineNotices,
  })),
)

/** The layout of every page, with the search launcher in its header and the offline notices. */
export function RootLayout() {
  const hydrated = useHydrated()
  return (
    <AppShell
      headerActions={<PaletteLauncher />}
      notices={
        hydrated ? (
          <Suspense fallback={null}>
            <OfflineNotices />
          </Suspense>
        ) : null
      }
    />
  )
}
