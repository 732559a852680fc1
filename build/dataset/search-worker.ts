import { parentPort, workerData } from 'node:worker_threads'
import type { Entry } from '../../src/features/search/search-entries.ts'
import { JsonMemo } from './json-memo.ts'
import { madeFiles, type MadeFile } from './made-files.ts'
import { searchFiles } from './search-shards.ts'

/*
 * A worker thread that makes the search index's files (write-payloads.ts starts it): at
 * catalogue scale they take seconds, which the main thread spends meanwhile on the other groups.
 */

export type SearchRequest = {
  entries: Entry[]
  /** The content id each file had in the previous build, by its path under `api/`. */
  previousIds: Record<string, string>
}
export type SearchReply = { files: MadeFile[] } | { error: string }

function makeFiles({ entries, previousIds }: SearchRequest): SearchReply {
  try {
    const files = madeFiles(searchFiles(entries), new JsonMemo(), (file) => previousIds[file])
    return { files }
  } catch (error) {
    return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
}

const port = parentPort
if (!port) throw new Error('search-worker.ts runs as a worker thread')
port.postMessage(makeFiles(workerData as SearchRequest))
