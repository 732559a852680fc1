import { parentPort, workerData } from 'node:worker_threads'
import type { Entry } from '../../src/features/search/search-entries.ts'
import { JsonMemo } from './json-memo.ts'
import { searchFiles } from './search-shards.ts'

/*
 * A worker thread that makes the search index's files (write-payloads.ts starts it): at
 * catalogue scale they take seconds, which the main thread spends meanwhile on the other groups.
 */

/** A payload file as made: its content id, and its text unless the output holds it already. */
export type MadeFile = { file: string; id: string; text?: string }

export type SearchRequest = {
  entries: Entry[]
  /** The content id each file had in the previous build, by its path under `api/`. */
  previousIds: Record<string, string>
}
export type SearchReply = { files: MadeFile[] } | { error: string }

function makeFiles({ entries, previousIds }: SearchRequest): SearchReply {
  try {
    const json = new JsonMemo()
    const files = [...searchFiles(entries)].map(([file, payload]): MadeFile => {
      const id = json.payloadId(payload)
      return previousIds[file] === id ? { file, id } : { file, id, text: json.payload(payload) }
    })
    return { files }
  } catch (error) {
    return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
}

const port = parentPort
if (!port) throw new Error('search-worker.ts runs as a worker thread')
port.postMessage(makeFiles(workerData as SearchRequest))
