import { existsSync, statSync } from 'node:fs'
import path from 'node:path'

/*
 * Just enough HTML reading for Vite's own output: the tags that load code or style, and the
 * file under dist/ each of their URLs names.
 */

export type Tag = { name: string; attributes: Map<string, string>; content: string }

/** The tags of a page that load code or style; enough HTML parsing for Vite's own output. */
export function loadingTags(html: string): Tag[] {
  const tags: Tag[] = []
  const pattern = /<(script|link|style)\b([^>]*)>(?:([\s\S]*?)<\/\1>)?/gi
  for (const match of html.matchAll(pattern)) {
    const name = (match[1] ?? '').toLowerCase()
    const attributes = new Map<string, string>()
    for (const attribute of (match[2] ?? '').matchAll(
      /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g,
    )) {
      const key = (attribute[1] ?? '').toLowerCase()
      attributes.set(key, attribute[2] ?? attribute[3] ?? attribute[4] ?? '')
    }
    tags.push({ name, attributes, content: match[3] ?? '' })
  }
  return tags
}

/**
 * The file under dist/ a URL in a page refers to. The site may be built for a sub-path
 * (BASE_PATH), so leading segments that are not folders of dist/ are the base and are dropped.
 */
export function resolveAsset(distDir: string, page: string, url: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(url) && !url.startsWith('http://localhost')) return null
  const pageUrl = new URL(page.endsWith('/') ? page : `${page}/`, 'http://localhost')
  const segments = new URL(url, pageUrl).pathname.split('/').filter(Boolean)
  for (let skip = 0; skip < segments.length; skip++) {
    const candidate = path.join(distDir, ...segments.slice(skip).map(decodeURIComponent))
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
}
