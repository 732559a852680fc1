import { AppShell } from '@/components/layout/app-shell'
import { PaletteLauncher } from '@/features/search/palette-launcher'

/** The layout of every page, with the search launcher in its header. */
export function RootLayout() {
  return <AppShell headerActions={<PaletteLauncher />} />
}
