import { readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDirsFor } from '../fixtures/temp-dirs'
import { placeFile } from '../../build/cache-files'

const tempDir = tempDirsFor('cache-files')

describe('placing a cached file in the output', () => {
  it('links to the cached bytes instead of copying them', () => {
    const dir = tempDir()
    const cached = path.join(dir, 'cached.png')
    const target = path.join(dir, 'out.png')
    writeFileSync(cached, 'picture')
    placeFile(cached, target)
    expect(readFileSync(target, 'utf8')).toBe('picture')
    expect(statSync(target).ino).toBe(statSync(cached).ino)
  })

  it('replaces what the output already had there, leaving that file’s other names alone', () => {
    const dir = tempDir()
    const cached = path.join(dir, 'cached.png')
    const earlier = path.join(dir, 'earlier.png')
    const target = path.join(dir, 'out.png')
    writeFileSync(cached, 'new picture')
    writeFileSync(earlier, 'old picture')
    placeFile(earlier, target)
    placeFile(cached, target)
    expect(readFileSync(target, 'utf8')).toBe('new picture')
    expect(readFileSync(earlier, 'utf8')).toBe('old picture')
  })
})
