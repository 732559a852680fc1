import { copyFileSync, linkSync, rmSync } from 'node:fs'

/**
 * Puts a cached file (a prerendered page) at its place in the output as a hard link: the output
 * shares the cached bytes instead of copying gigabytes at catalogue scale. The output is never
 * written in place afterwards (each build empties it first), so the cache cannot change through
 * it. Where a link is impossible (another file system), a copy.
 */
export function placeCachedFile(cached: string, target: string): void {
  rmSync(target, { force: true })
  try {
    linkSync(cached, target)
  } catch {
    copyFileSync(cached, target)
  }
}
