import { siteName } from '@/data/site'
/** Shown while the 404.html shell loads the data for the path it was served for. */
export function PageLoading() {
  return (
    <p role="status" className="p-8 text-ink-muted">
      Loading {siteName}…
    </p>
  )
}
