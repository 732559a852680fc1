/*
 * The public address of a page, as a reader shares it: the site's origin (SITE_URL when the build
 * knows it, else the one the page was opened at), its base path, the page's path and its view
 * state (filters in the query, a card in the fragment).
 */
export function publicPageUrl(pathWithState: string, origin = window.location.origin): string {
  const base = import.meta.env.BASE_URL
  const siteOrigin = import.meta.env.VITE_SITE_ORIGIN || origin
  return new URL(`${base}${pathWithState.replace(/^\//, '')}`, siteOrigin).href
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed'

/** What the reader is told after sharing or copying, the same from every control. */
export const outcomeText: Record<ShareOutcome, string> = {
  shared: 'Shared',
  copied: 'Link copied',
  cancelled: '',
  failed: 'Could not copy: copy the address from the address bar',
}

/**
 * Shares through the system's share sheet where the browser has one, otherwise copies the link.
 * A share the reader dismisses is not a failure and copies nothing.
 */
export async function shareOrCopy(data: {
  title: string
  text: string
  url: string
}): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
    try {
      await navigator.share(data)
      return 'shared'
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled'
    }
  }
  return copyLink(data.url)
}

export async function copyLink(url: string): Promise<ShareOutcome> {
  try {
    await navigator.clipboard.writeText(url)
    return 'copied'
  } catch {
    return 'failed'
  }
}
