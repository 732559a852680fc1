import type { OutputFolder } from '../output-folder.ts'
import { digest } from '../digest.ts'
import { JsonMemo } from './json-memo.ts'
import { payloadGroups } from './payload-groups.ts'
import type { DatasetIndex } from './selectors.ts'

/*
 * Writes the payloads under `api/` in the output folder, computing only the groups whose key
 * changed since the build that left the folder (payload-groups.ts); the rest stay as they are.
 */

/** What the output folder's record keeps of each group between builds. */
type GroupNote = { key: string; files: string[] }
type PayloadsNote = Record<string, GroupNote>

const noteName = 'payloads'
const apiFile = (file: string) => `api/${file}`

/**
 * Writes every payload; `code` stands for the code that computes them, so that a change to it
 * computes every group again. Returns each payload's content id (under `api/`), each group's
 * key and how many groups were computed.
 */
export function writePayloads(
  index: DatasetIndex,
  output: OutputFolder,
  code: string,
): {
  hashes: Map<string, string>
  /** Each group's key, by group id (payload-groups.ts). */
  keys: Map<string, string>
  groups: number
  computed: number
} {
  const previous = (output.note(noteName) ?? {}) as PayloadsNote
  const next: PayloadsNote = {}
  const hashes = new Map<string, string>()
  const keys = new Map<string, string>()
  let computed = 0
  const json = new JsonMemo()
  const groups = payloadGroups(index, json)
  for (const group of groups) {
    const key = digest(code, group.key())
    const before = previous[group.id]
    let files: string[]
    const unchanged =
      before?.key === key && before.files.every((file) => output.previousId(apiFile(file)))
    if (unchanged) {
      files = before.files
      for (const file of files) output.keep(apiFile(file))
    } else {
      files = []
      for (const [file, payload] of group.files()) {
        output.writeAs(apiFile(file), json.payloadId(payload), () => json.payload(payload))
        files.push(file)
      }
      computed++
    }
    for (const file of files) hashes.set(file, output.idOf(apiFile(file)) ?? '')
    next[group.id] = { key, files }
    keys.set(group.id, key)
  }
  output.setNote(noteName, next)
  return { hashes, keys, groups: groups.length, computed }
}
