import { copyFileSync, linkSync, rmSync } from 'node:fs'

/**
 * Puts a cached file in the build's output as a hard link, so a rebuild shares the cached bytes
 * rather than copying them again; a copy where a link is impossible (another file system). Safe
 * because neither side is ever rewritten in place: each build empties its output, and the caches
 * write a new file under a new name rather than changing one.
 */
export function placeFile(cached: string, target: string): void {
  rmSync(target, { force: true })
  try {
    linkSync(cached, target)
  } catch {
    copyFileSync(cached, target)
  }
}
