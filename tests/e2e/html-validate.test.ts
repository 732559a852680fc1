import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { countOf } from '../../src/lib/count'
import { errorLines, htmlValidate } from '../html-validator'

/*
 * Every page the build writes, validated with the project's html-validate configuration
 * (.htmlvalidate.mjs): the HTML standard, accessibility, duplicated classes, title length.
 */

describe.each(['dist', 'dist-sub'])('the pages in %s/', (root) => {
  it('are valid HTML', { timeout: 120_000 }, async () => {
    if (!existsSync(path.join(root, 'index.html'))) {
      throw new Error(`No ${root}/: run \`npm run build && npm run build:sub\` (npm test does).`)
    }
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .sort()
    expect(files).toContain('404.html')

    const errors: string[] = []
    for (const file of files) {
      errors.push(...errorLines(await htmlValidate.validateFile(path.join(root, file))))
    }
    expect(
      errors,
      `${countOf(errors.length, 'error')} in ${files.length} pages:\n${errors.join('\n')}`,
    ).toEqual([])
  })
})
