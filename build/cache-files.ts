import { copyFileSync, linkSync, renameSync, rmSync, writeFileSync } from 'node:fs'

/*
 * The build's caches (pages, Open Graph images) and the output share bytes: a cached file is
 * written once under its key and never changed in place, so the output can link to it.
 */

/**
 * Puts a cached file in the build's output as a hard link, so a rebuild shares the cached bytes
 * rather than copying them again; a copy where a link is impossible (another file system). Safe
 * because neither side is ever rewritten in place: each build empties its output, and the caches
 * write through writeCacheFile.
 */
export function placeFile(cached: string, target: string): void {
  rmSync(target, { force: true })
  try {
    linkSync(cached, target)
  } catch {
    copyFileSync(cached, target)
  }
}

/**
 * Writes a cache file whole under a name of its own, then gives it its name: a build cut short
 * leaves no half-written file for the next to take as complete, two builds at once never write
 * into each other's file, and an output linked to an earlier file under that name keeps it.
 */
export function writeCacheFile(file: string, data: string | Uint8Array): void {
  const partial = `${file}.${process.pid}.new`
  writeFileSync(partial, data)
  renameSync(partial, file)
}
