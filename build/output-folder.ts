import {
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { digest } from './digest.ts'
import { placeFile, writeCacheFile } from './cache-files.ts'

/*
 * The build's output folder, kept from one build to the next so that a rebuild writes only what
 * changed: emptying and refilling a catalogue's hundred thousand files costs far more than
 * rendering the few pages a one-fact change touches. A record beside the caches lists every file
 * the last build left there, each with an id of its content (a hash, or the cache key it was
 * placed from). A file whose id is unchanged is left alone; a file the new build does not make
 * is removed.
 *
 * The record is trusted, not checked against the disk (listing the folder costs seconds at
 * catalogue scale): the build owns the folder. A build that stops part-way leaves no record, and
 * a change by hand at the folder's top level shows in its identity: then the next build starts
 * empty. A change deeper down does not show; remove the folder for a build from scratch.
 */

type OutputRecord = {
  /** The folder's identity when the record was written: a folder removed and made again is new. */
  folder: string
  files: Record<string, string>
  /** What build steps keep between builds beside the files, such as the payloads' inputs. */
  notes: Record<string, unknown>
}

const recordVersion = 1

/**
 * The folder as the record saw it last. Its change time moves whenever a file is added to or
 * removed from it directly, so a folder emptied or made again, or a file added or removed at its
 * top level, reads as new.
 */
function folderIdentity(dir: string): string {
  const stat = statSync(dir)
  return `${recordVersion}:${stat.dev}:${stat.ino}:${stat.birthtimeMs}:${stat.ctimeMs}`
}

export class OutputFolder {
  readonly dir: string
  private readonly recordFile: string
  /** The previous build's files and notes; empty when the folder starts afresh. */
  private readonly previous: OutputRecord
  private readonly files = new Map<string, string>()
  private readonly notes: Record<string, unknown> = {}
  private readonly madeFolders = new Set<string>()
  written = 0

  /** Opens `dir` for a build, keeping what the record says it holds, or emptying it. */
  constructor(dir: string, recordDir: string) {
    mkdirSync(dir, { recursive: true })
    // The folder a link points to: the one the site is deployed from.
    this.dir = realpathSync(dir)
    // The folder may be emptied: never the project, or a folder that holds it.
    const fromHere = path.relative(this.dir, realpathSync('.'))
    if (!fromHere.startsWith('..') && !path.isAbsolute(fromHere)) {
      throw new Error(
        `OUT_DIR must be a folder of its own, not ${this.dir}, which holds the project`,
      )
    }
    this.recordFile = path.join(recordDir, `${digest(this.dir)}.json`)
    const previous = readRecord(this.recordFile)
    // Gone until the build finishes: a build that stops part-way must not vouch for the folder.
    rmSync(this.recordFile, { force: true })
    if (previous && previous.folder === folderIdentity(this.dir)) {
      this.previous = previous
    } else {
      emptyFolder(this.dir)
      this.previous = { folder: '', files: {}, notes: {} }
    }
  }

  /** Whether `file` is in the folder with this id already (so it can stay as it is). */
  has(file: string, id: string): boolean {
    return (this.files.get(file) ?? this.previous.files[file]) === id
  }

  /** The id the previous build gave `file`, if it made one. */
  previousId(file: string): string | undefined {
    return this.previous.files[file]
  }

  /** Keeps a file of the previous build as it is, as part of this one; returns its id. */
  keep(file: string): string {
    const id = this.previous.files[file]
    if (id === undefined) throw new Error(`The previous build left no ${file}`)
    this.files.set(file, id)
    return id
  }

  /**
   * Writes `file` (a path under the folder) unless the previous build left it with the same id:
   * by default a hash of its bytes, or a key of what it is made from.
   */
  write(file: string, data: string | Uint8Array, id = digest(data)): void {
    this.writeAs(file, id, () => data)
  }

  /**
   * Writes `file` with what `make` returns unless the folder holds it with this id already; the
   * id must change whenever the content does. For content that costs more to make than its id.
   */
  writeAs(file: string, id: string, make: () => string | Uint8Array): void {
    if (this.has(file, id)) return void this.files.set(file, id)
    const target = this.target(file)
    // Never written through: the file there may be a link to a cache file.
    if (this.files.has(file) || file in this.previous.files) rmSync(target, { force: true })
    writeFileSync(target, make())
    this.files.set(file, id)
    this.written++
  }

  /** Puts a cached file at `file` (a link to it) unless the previous build left it there. */
  place(file: string, cached: string, id: string): void {
    if (this.has(file, id)) return void this.files.set(file, id)
    placeFile(cached, this.target(file))
    this.files.set(file, id)
    this.written++
  }

  /** Records a file another tool wrote into the folder, identified by a hash of its bytes. */
  adopt(file: string): void {
    const id = digest(readFileSync(path.join(this.dir, file)))
    if (!this.has(file, id)) this.written++
    this.files.set(file, id)
  }

  /** The id this build gave `file`, if it has made it. */
  idOf(file: string): string | undefined {
    return this.files.get(file)
  }

  /** Every file this build has made so far, relative to the folder. */
  list(): string[] {
    return [...this.files.keys()]
  }

  note(name: string): unknown {
    return this.previous.notes[name]
  }

  setNote(name: string, value: unknown): void {
    this.notes[name] = value
  }

  /** Removes the previous build's files this one did not make, and records the folder. */
  finish(): { removed: number } {
    let removed = 0
    for (const file of Object.keys(this.previous.files)) {
      if (this.files.has(file)) continue
      const target = path.join(this.dir, file)
      rmSync(target, { force: true })
      removeEmptyFolders(path.dirname(target), this.dir)
      removed++
    }
    const record: OutputRecord = {
      folder: folderIdentity(this.dir),
      files: Object.fromEntries(this.files),
      notes: this.notes,
    }
    mkdirSync(path.dirname(this.recordFile), { recursive: true })
    writeCacheFile(this.recordFile, JSON.stringify(record))
    return { removed }
  }

  private target(file: string): string {
    const target = path.join(this.dir, file)
    const folder = path.dirname(target)
    if (!this.madeFolders.has(folder)) mkdirSync(folder, { recursive: true })
    this.madeFolders.add(folder)
    return target
  }
}

/** Removes everything in `dir` but a `.git` (a deploy branch checked out there), as Vite would. */
function emptyFolder(dir: string): void {
  for (const entry of readdirSync(dir)) {
    if (entry !== '.git') rmSync(path.join(dir, entry), { recursive: true, force: true })
  }
}

/** Removes `folder` and its parents up to (not including) `root` while they are empty. */
function removeEmptyFolders(folder: string, root: string): void {
  for (let dir = folder; dir !== root && dir.startsWith(root); dir = path.dirname(dir)) {
    try {
      if (readdirSync(dir).length > 0) return
      rmdirSync(dir)
    } catch {
      return
    }
  }
}

function readRecord(file: string): OutputRecord | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as OutputRecord
  } catch {
    return undefined
  }
}
