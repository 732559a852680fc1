import { useState } from 'react'
import { AppShell } from '@/components/layout/app-shell'
import { PaletteLauncher } from '@/features/search/palette-launcher'
import { optionalPart } from '@/lib/optional-part'
import { ScrollPositionsContext, type ScrollPositions } from '@/components/layout/scroll-positions'
import { PageLayers } from './page-layers'

// What the shell says about the connection and a new version only matters once the app runs.
const OfflineNotices = optionalPart(() =>
  import('@/features/offline/offline-notices').then((module) => module.OfflineNotices),
)

const ScrollRestoration = optionalPart(() =>
  import('./scroll-restoration').then((module) => module.ScrollRestoration),
)

/**
 * The layout of every page, with the search launcher in its header and the offline notices, and
 * the scroll position kept, and focus moved to the new heading, across navigations.
 */
export function RootLayout() {
  const [positions] = useState<ScrollPositions>(() => new Map())
  return (
    <ScrollPositionsContext value={positions}>
      <ScrollRestoration />
      <AppShell headerActions={<PaletteLauncher />} notices={<OfflineNotices />}>
        <PageLayers />
      </AppShell>
    </ScrollPositionsContext>
  )
}
