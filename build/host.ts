/*
 * Where the site is hosted, read from BASE_PATH and SITE_URL the same way by the Vite config, the
 * build, the preview server and Lighthouse.
 */

/** BASE_PATH as the sub-path the site lives under, with one slash each side: `/` or `/explorer/`. */
export function basePathFrom(value: string | undefined): string {
  const trimmed = value?.trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

/** SITE_URL as an origin (a path in it is ignored: BASE_PATH says where the site lives). */
export function siteUrlFrom(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined
  const url = new URL(value.trim())
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) URL, not ${value}`)
  }
  return url.origin
}

/** A path under the base (its leading slash optional) as the path from the host's root. */
export function withBase(base: string, path: string): string {
  return `${base}${path.replace(/^\//, '')}`
}
