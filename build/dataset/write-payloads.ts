import type { OutputFolder } from '../output-folder.ts'
import { digest } from '../digest.ts'
import { startWorker } from '../worker-thread.ts'
import { JsonMemo } from './json-memo.ts'
import { payloadGroups, type PayloadGroup } from './payload-groups.ts'
import { madeFiles, type MadeFile } from './made-files.ts'
import type { SearchReply, SearchRequest } from './search-worker.ts'
import type { DatasetIndex } from './selectors.ts'

/*
 * Writes the payloads under `api/` in the output folder, computing only the groups whose key
 * changed since the build that left the folder (payload-groups.ts); the rest stay as they are.
 * The search index, the costliest group at catalogue scale, is made on a worker thread while the
 * main thread makes the others.
 */

/** What the output folder's record keeps of each group between builds. */
type GroupNote = { key: string; files: string[] }
type PayloadsNote = Record<string, GroupNote>

const noteName = 'payloads'
const apiFile = (file: string) => `api/${file}`

/** Makes the search index's files on a worker thread (search-worker.ts). */
async function searchFilesOnWorker(request: SearchRequest): Promise<MadeFile[]> {
  const worker = startWorker(new URL('./search-worker.ts', import.meta.url), request)
  try {
    const reply = await new Promise<SearchReply>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`The search worker exited with code ${code}`)))
    })
    if ('error' in reply) throw new Error(`Making the search index failed: ${reply.error}`)
    return reply.files
  } finally {
    await worker.terminate()
  }
}

/**
 * Writes every payload; `code` stands for the code that computes them, so that a change to it
 * computes every group again. Returns each payload's content id (under `api/`), each group's
 * key and how many groups were computed.
 */
export async function writePayloads(
  index: DatasetIndex,
  output: OutputFolder,
  code: string,
): Promise<{
  hashes: Map<string, string>
  /** Each group's key, by group id (payload-groups.ts). */
  keys: Map<string, string>
  groups: number
  computed: number
}> {
  const previous = (output.note(noteName) ?? {}) as PayloadsNote
  const next: PayloadsNote = {}
  const hashes = new Map<string, string>()
  const keys = new Map<string, string>()
  let computed = 0
  const json = new JsonMemo()
  const groups = payloadGroups(index, json)
  const onWorker: { group: PayloadGroup; key: string; made: Promise<MadeFile[]> }[] = []

  const settle = (group: PayloadGroup, key: string, files: string[]) => {
    for (const file of files) hashes.set(file, output.idOf(apiFile(file)) ?? '')
    next[group.id] = { key, files }
    keys.set(group.id, key)
  }
  const previousId = (file: string) => output.previousId(apiFile(file))
  /** Writes a group's files as made, keeping those the output holds already. */
  const write = (group: PayloadGroup, key: string, made: MadeFile[]) => {
    for (const { file, id, text } of made) {
      if (text === undefined) output.keep(apiFile(file))
      else output.writeAs(apiFile(file), id, () => text)
    }
    settle(
      group,
      key,
      made.map(({ file }) => file),
    )
  }

  // The search index first, so that its worker runs while this thread makes the other groups.
  const ordered = [...groups].sort((a, b) => Number(!a.searchEntries) - Number(!b.searchEntries))
  try {
    for (const group of ordered) {
      const key = digest(code, group.key())
      const before = previous[group.id]
      const unchanged = before?.key === key && before.files.every((file) => previousId(file))
      if (unchanged) {
        for (const file of before.files) output.keep(apiFile(file))
        settle(group, key, before.files)
        continue
      }
      computed++
      if (group.searchEntries) {
        const previousIds: Record<string, string> = {}
        for (const file of before?.files ?? []) {
          const id = previousId(file)
          if (id !== undefined) previousIds[file] = id
        }
        const request = { entries: group.searchEntries(), previousIds }
        const made = searchFilesOnWorker(request)
        // Handled below, after this thread's groups; a failure must not end the build before.
        made.catch(() => {})
        onWorker.push({ group, key, made })
        continue
      }
      write(group, key, madeFiles(group.files(), json, previousId))
    }
  } catch (error) {
    // The worker is waited for, so a failed build ends with nothing left running.
    await Promise.allSettled(onWorker.map(({ made }) => made))
    throw error
  }
  for (const { group, key, made } of onWorker) write(group, key, await made)
  output.setNote(noteName, next)
  return { hashes, keys, groups: groups.length, computed }
}
