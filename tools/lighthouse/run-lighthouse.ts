import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { chromiumFlags, chromiumPath } from '../chromium.ts'
import { categories, type Report } from './judge.ts'

/** The median run's full report stays in .lighthouse/ (ignored by git), for the Lighthouse viewer. */
export const reportDir = '.lighthouse'

export async function runLighthouse(url: string): Promise<Report> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ballerina-lighthouse-'))
  const output = path.join(dir, 'report.json')
  try {
    await promisify(execFile)(
      path.resolve('node_modules/.bin/lighthouse'),
      [
        url,
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        `--only-categories=${categories.join(',')}`,
        `--chrome-flags=${chromiumFlags.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath }, maxBuffer: 64 * 1024 * 1024 },
    )
    return JSON.parse(readFileSync(output, 'utf8')) as Report
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Lighthouse now and then fails to record a trace here (NO_NAVSTART, "please run Lighthouse
 * again"): a failed run is repeated, twice at most, rather than ending the whole measurement.
 */
export async function withRetries(run: () => Promise<Report>, attempts = 3): Promise<Report> {
  for (let attempt = 1; ; attempt++) {
    try {
      const report = await run()
      if (!report.runtimeError || attempt === attempts) return report
      console.error(`  ${report.runtimeError.code}: running again`)
    } catch (error) {
      if (attempt === attempts) throw error
      console.error(
        `  ${error instanceof Error ? error.message.split('\n')[0] : error}: running again`,
      )
    }
  }
}
