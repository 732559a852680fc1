/*
 * What the pages, the service worker and the worker that retires it agree on. Caches are
 * origin-wide, so every name ends with the worker's scope: a site at / and one at /explorer/ on
 * the same host never delete each other's.
 */

export const cachePrefix = 'ballerina-explorer'

/** The page asks a waiting worker to take over with this message, once the reader chose Reload. */
export const skipWaitingMessage = 'SKIP_WAITING'

export function runtimeCacheName(kind: 'pages' | 'payloads', scope: string): string {
  return `${cachePrefix}-${kind}-${scope}`
}

/** True for a cache one of this site's workers made at `scope`. */
export function isOwnCache(name: string, scope: string): boolean {
  return name.startsWith(`${cachePrefix}-`) && name.endsWith(scope)
}
