import { AppShell } from '@/components/layout/app-shell'
import { PaletteLauncher } from '@/features/search/palette-launcher'
import { optionalPart } from '@/lib/optional-part'

// What the shell says about the connection and a new version only matters once the app runs.
const OfflineNotices = optionalPart(() =>
  import('@/features/offline/offline-notices').then((module) => module.OfflineNotices),
)

/** The layout of every page, with the search launcher in its header and the offline notices. */
export function RootLayout() {
  return <AppShell headerActions={<PaletteLauncher />} notices={<OfflineNotices />} />
}
