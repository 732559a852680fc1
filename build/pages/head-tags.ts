import { serializeForScript } from '../../src/app-state.ts'
import { withBase } from '../host.ts'
import { siteName } from '../../src/data/site.ts'
import { ogImageSize, type JsonLd, type PageMeta } from './page-meta.ts'

/* A page's meta as the tags of its <head>, with URLs made public for the host it is built for. */

export type HostOptions = {
  /** The sub-path the site is built for, e.g. "/" or "/explorer/". */
  base: string
  /** The origin the site is served from, e.g. "https://example.org"; undefined when unknown. */
  siteUrl?: string
}

/**
 * A page's URL as link previews see it: absolute when SITE_URL is known, otherwise a path from
 * the host's root (which browsers resolve, but crawlers of link previews do not).
 */
export function publicUrl(path: string, host: HostOptions): string {
  const pathname = withBase(host.base, path)
  return host.siteUrl ? new URL(pathname, host.siteUrl).href : pathname
}

export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/** JSON-LD objects with every URL made public and `@context` set. */
export function jsonLdFor(meta: PageMeta, host: HostOptions): JsonLd[] {
  const url = (path: string) => publicUrl(path, host)
  const absolutise = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(absolutise)
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [
        key,
        key === 'url' && typeof child === 'string' ? url(child) : absolutise(child),
      ]),
    )
  }
  const blocks: JsonLd[] = []
  if (meta.entity) {
    blocks.push({
      '@context': 'https://schema.org',
      ...(absolutise(meta.entity) as JsonLd),
      url: url(meta.path),
      image: url(meta.image.path),
    })
  }
  blocks.push({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: meta.breadcrumbs.map((crumb, position) => ({
      '@type': 'ListItem',
      position: position + 1,
      name: crumb.name,
      item: url(crumb.path),
    })),
  })
  return blocks
}

/**
 * The tags for `<head>`; the title only when the page did not render its own. Without SITE_URL
 * there is no canonical link: a relative canonical is flagged by search engines and Lighthouse,
 * and a wrong absolute one is worse than none.
 */
export function headTags(
  meta: PageMeta,
  host: HostOptions,
  { withTitle = true }: { withTitle?: boolean } = {},
): string {
  const attr = escapeAttribute
  const named = (name: string, content: string) =>
    `<meta name="${name}" content="${attr(content)}">`
  const property = (name: string, content: string | number) =>
    `<meta property="${name}" content="${attr(String(content))}">`
  const pageUrl = publicUrl(meta.path, host)
  const imageUrl = publicUrl(meta.image.path, host)
  const tags = [
    withTitle ? `<title>${attr(meta.title)}</title>` : '',
    named('description', meta.description),
    meta.indexable ? '' : named('robots', 'noindex'),
    meta.indexable && host.siteUrl ? `<link rel="canonical" href="${attr(pageUrl)}">` : '',
    property('og:site_name', siteName),
    property('og:locale', 'en_GB'),
    property('og:type', meta.ogType),
    property('og:title', meta.shortTitle),
    property('og:description', meta.description),
    meta.indexable ? property('og:url', pageUrl) : '',
    property('og:image', imageUrl),
    property('og:image:type', 'image/png'),
    property('og:image:width', ogImageSize.width),
    property('og:image:height', ogImageSize.height),
    property('og:image:alt', meta.image.alt),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', meta.shortTitle),
    named('twitter:description', meta.description),
    named('twitter:image', imageUrl),
    named('twitter:image:alt', meta.image.alt),
    ...(meta.indexable ? jsonLdFor(meta, host) : []).map(
      (block) => `<script type="application/ld+json">${serializeForScript(block)}</script>`,
    ),
  ]
  return tags.filter(Boolean).join('')
}
