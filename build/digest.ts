import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { filesIn } from './files-in.ts'

/*
 * The build's one hash, for cache keys and for telling changed files from unchanged ones.
 */

export function digest(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256')
  // A separator between parts, so moving text from one part to the next changes the hash.
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex').slice(0, 32)
}

/** The hashes of every file under a folder, in a stable order, as one hash. */
export function folderDigest(dir: string): string {
  return digest(...filesIn(dir).flatMap((file) => [file, readFileSync(path.join(dir, file))]))
}
