/*
 * The dataset's closed vocabularies. They live apart from schema.ts so the browser can import
 * them without pulling in zod: zod probes `new Function('')` on load, which a strict CSP
 * (script-src 'self') reports as a violation, and it would weigh on every page's first visit.
 */

export const workKinds = ['film', 'series', 'unknown'] as const

export const departments = ['cast', 'crew'] as const
export const billings = ['lead', 'supporting', 'guest', 'crew'] as const

export const eventKinds = [
  'production',
  'announcement',
  'festival',
  'release',
  'chart',
  'making-of',
  'interview',
  'remarks',
] as const
