import type { DehydratedState } from '@tanstack/react-query'
import type { HydrationState } from 'react-router'

/**
 * What a prerendered page hands to the browser: the query cache it was rendered from and the
 * router's loader data, in a non-executable JSON block (the CSP allows no inline script but the
 * hashed loader, and data that changes with every page could not have a fixed hash).
 */
export type AppState = {
  /** The path the page was rendered for, under the base: `/people/jeon-jong-seo`. */
  path: string
  queries: DehydratedState
  router: Pick<HydrationState, 'loaderData'>
}

export const appStateElementId = 'app-state'

/** JSON that cannot close its <script> element or open a comment, whatever the data holds. */
export function serializeForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** The state a prerendered page carries, or undefined on the empty 404.html shell. */
export function readAppState(): AppState | undefined {
  const text = document.getElementById(appStateElementId)?.textContent
  return text ? (JSON.parse(text) as AppState) : undefined
}
