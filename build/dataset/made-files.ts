import type { JsonMemo } from './json-memo.ts'

/*
 * A payload group's files as a build makes them, on the main thread or on a worker: each with an
 * id of its content, and its JSON only where the previous build left different content, since
 * writing the JSON costs far more than the id.
 */

/** A payload file as made: its content id, and its text unless the output holds it already. */
export type MadeFile = { file: string; id: string; text?: string }

/** `payloads` (keyed by their path under `api/`) as files, against the previous build's ids. */
export function madeFiles(
  payloads: Map<string, unknown>,
  json: JsonMemo,
  previousId: (file: string) => string | undefined,
): MadeFile[] {
  return [...payloads].map(([file, payload]) => {
    const id = json.payloadId(payload)
    return previousId(file) === id ? { file, id } : { file, id, text: json.payload(payload) }
  })
}
