import { readdirSync } from 'node:fs'
import path from 'node:path'

/** Every file under a folder, as paths relative to it with `/` between parts, sorted. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).replaceAll(path.sep, '/'),
    )
    .sort()
}
