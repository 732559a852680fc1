import { copyFileSync, linkSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/*
 * The build's caches (pages, Open Graph images) and the output share bytes: a cached file is
 * written once under its key and never changed in place, so the output can link to it.
 */

/** The project's cache folder: the client and server builds, the worker bundle, the images. */
export const projectCacheDir = path.resolve('node_modules/.cache')

/**
 * Where the build keeps its page cache and the output's record between builds.
 * PRERENDER_CACHE_DIR lets a benchmark build from cold ones without emptying the project's.
 */
export const buildCacheRoot = process.env.PRERENDER_CACHE_DIR
  ? path.resolve(process.env.PRERENDER_CACHE_DIR)
  : projectCacheDir

/**
 * Puts a cached file in the build's output as a hard link, so a rebuild shares the cached bytes
 * rather than copying them again; a copy where a link is impossible (another file system). Safe
 * because neither side is ever rewritten in place: the output folder replaces a file rather than
 * writing into it (output-folder.ts), and the caches write through writeCacheFile.
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
