import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDirsFor } from '../fixtures/temp-dirs'
import { OutputFolder } from '../../build/output-folder'

describe('the output folder kept between builds', () => {
  const tempDir = tempDirsFor('output-folder')

  const setUp = () => {
    const root = tempDir()
    const out = path.join(root, 'dist')
    const records = path.join(root, 'records')
    const read = (file: string) => readFileSync(path.join(out, file), 'utf8')
    const inode = (file: string) => statSync(path.join(out, file)).ino
    return { root, out, records, read, inode }
  }

  const firstBuild = (out: string, records: string) => {
    const output = new OutputFolder(out, records)
    output.write('index.html', '<p>home</p>')
    output.write('people/gray/index.html', '<p>gray</p>')
    output.write('api/people/gray.json', '{"name":"Gray"}')
    output.finish()
  }

  it('writes only what changed, and removes what the build no longer makes', () => {
    const { out, records, read, inode } = setUp()
    firstBuild(out, records)
    const homeInode = inode('index.html')

    const again = new OutputFolder(out, records)
    again.write('index.html', '<p>home</p>')
    again.write('api/people/gray.json', '{"name":"Gray","knownAs":"Actor"}')
    expect(again.written).toBe(1)
    expect(again.finish()).toEqual({ removed: 1 })

    expect(inode('index.html')).toBe(homeInode)
    expect(read('api/people/gray.json')).toBe('{"name":"Gray","knownAs":"Actor"}')
    expect(existsSync(path.join(out, 'people/gray/index.html'))).toBe(false)
    // The folder the removed page was in goes with it.
    expect(existsSync(path.join(out, 'people'))).toBe(false)
  })

  it('keeps a file by its id without reading it', () => {
    const { out, records, read } = setUp()
    firstBuild(out, records)
    const again = new OutputFolder(out, records)
    const id = again.keep('people/gray/index.html')
    expect(again.has('people/gray/index.html', id)).toBe(true)
    expect(() => again.keep('people/nobody/index.html')).toThrow(/people\/nobody/)
    again.finish()
    expect(read('people/gray/index.html')).toBe('<p>gray</p>')
  })

  it('starts empty after a build that stopped part-way', () => {
    const { out, records } = setUp()
    firstBuild(out, records)
    const stopped = new OutputFolder(out, records)
    stopped.write('index.html', '<p>home, half built</p>')
    // No finish(): the next build cannot trust the record.
    const next = new OutputFolder(out, records)
    expect(next.previousId('index.html')).toBeUndefined()
    expect(existsSync(path.join(out, 'index.html'))).toBe(false)
  })

  it('starts empty when the folder was changed by hand', () => {
    const { out, records } = setUp()
    firstBuild(out, records)
    writeFileSync(path.join(out, 'stray.txt'), 'added by hand')
    const next = new OutputFolder(out, records)
    expect(existsSync(path.join(out, 'stray.txt'))).toBe(false)
    expect(existsSync(path.join(out, 'index.html'))).toBe(false)
    next.write('index.html', '<p>home</p>')
    expect(next.written).toBe(1)
  })

  it('starts empty when the folder was removed and made again', () => {
    const { out, records } = setUp()
    firstBuild(out, records)
    rmSync(out, { recursive: true })
    const next = new OutputFolder(out, records)
    next.write('index.html', '<p>home</p>')
    next.write('people/gray/index.html', '<p>gray</p>')
    expect(next.written).toBe(2)
  })

  it('never writes into a file placed from a cache', () => {
    const { root, out, records, read } = setUp()
    const cached = path.join(root, 'cached.html')
    writeFileSync(cached, '<p>cached</p>')
    const output = new OutputFolder(out, records)
    output.place('index.html', cached, 'key-1')
    output.finish()
    const next = new OutputFolder(out, records)
    next.place('index.html', cached, 'key-1')
    expect(next.written).toBe(0)
    next.write('index.html', '<p>written</p>')
    next.finish()
    expect(read('index.html')).toBe('<p>written</p>')
    expect(readFileSync(cached, 'utf8')).toBe('<p>cached</p>')
  })

  it('refuses to own the project folder or a folder that holds it', () => {
    const { records } = setUp()
    expect(() => new OutputFolder('.', records)).toThrow(/holds the project/)
    expect(() => new OutputFolder('..', records)).toThrow(/holds the project/)
    expect(() => new OutputFolder('/', records)).toThrow(/holds the project/)
  })

  it('keeps a deploy branch checked out in the folder when it empties it', () => {
    const { out, records } = setUp()
    mkdirSync(path.join(out, '.git'), { recursive: true })
    writeFileSync(path.join(out, '.git', 'HEAD'), 'ref: refs/heads/gh-pages')
    writeFileSync(path.join(out, 'old.html'), '<p>an older build</p>')
    new OutputFolder(out, records).finish()
    expect(readFileSync(path.join(out, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages')
    expect(existsSync(path.join(out, 'old.html'))).toBe(false)
  })

  it('writes into the folder a link points to, and keeps the link', () => {
    const { root, records } = setUp()
    const real = path.join(root, 'site')
    const link = path.join(root, 'dist-link')
    mkdirSync(real)
    symlinkSync(real, link)
    const output = new OutputFolder(link, records)
    output.write('index.html', '<p>home</p>')
    output.finish()
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readFileSync(path.join(real, 'index.html'), 'utf8')).toBe('<p>home</p>')
  })
})
