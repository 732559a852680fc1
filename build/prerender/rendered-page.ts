import { appStateElementId, serializeForScript } from '../../src/app-state.ts'

/*
 * React 19 writes the <title>, <meta> and <link> that components render at the start of its
 * output; they belong in <head>. The rest is the content of #root.
 */
export function splitHoisted(html: string): { head: string; body: string } {
  const match = html.match(/^(?:<(?:title|meta|link)\b[^>]*>(?:[^<]*<\/title>)?)+/)
  const head = match?.[0] ?? ''
  return { head, body: html.slice(head.length) }
}

/** Text content of React's escaped markup (it escapes only these). */
function decodeHtmlText(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

/**
 * Checks that the page rendered the title its meta gives: both come from the same wording
 * (src/lib/page-title.ts), and a page whose tab and link preview disagree is a bug.
 */
export function assertRenderedTitle(head: string, expected: string, route: string): void {
  const rendered = head.match(/<title>([^<]*)<\/title>/)?.[1]
  if (rendered === undefined) throw new Error(`${route} rendered no <title>`)
  if (decodeHtmlText(rendered) !== expected) {
    throw new Error(`${route} rendered the title "${rendered}", its meta says "${expected}"`)
  }
}

/** The page's state as a non-executable JSON block after #root. */
export function stateScript(state: unknown): string {
  return `<script type="application/json" id="${appStateElementId}">${serializeForScript(state)}</script>`
}
