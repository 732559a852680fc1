import { describe, expect, it } from 'vitest'
import { replaceSection, sectionBody } from '../../tools/performance-report'

/*
 * docs/performance.md is written by several commands in turn: each must replace its own section
 * and leave the others' figures alone.
 */

describe('replaceSection', () => {
  it('gives a new report every section, with placeholders for the ones not yet run', () => {
    const report = replaceSection('', 'budgets', '## Budgets\n\nfirst')
    expect(report).toContain(
      '<!-- budgets:start -->\n\n## Budgets\n\nfirst\n\n<!-- budgets:end -->',
    )
    expect(report).toMatch(
      /<!-- lighthouse:start -->[\s\S]*Not yet run[\s\S]*<!-- lighthouse:end -->/,
    )
    expect(report).toMatch(/<!-- search:start -->[\s\S]*Not yet run[\s\S]*<!-- search:end -->/)
  })

  it('replaces one section and keeps the others', () => {
    let report = replaceSection('', 'budgets', 'budgets one')
    report = replaceSection(report, 'search', 'search one')
    report = replaceSection(report, 'budgets', 'budgets two')
    expect(report).toContain('budgets two')
    expect(report).not.toContain('budgets one')
    expect(report).toContain('search one')
    expect(report).toContain('Not yet run: run `npm run lighthouse`')
    expect(replaceSection(report, 'budgets', 'budgets two')).toBe(report)
  })

  it('stamps a section with the date, machine, Node and Chromium', () => {
    const body = sectionBody('budgets', 'a  b', new Date('2026-01-02T03:04:05Z'))
    expect(body).toContain('2026-01-02 03:04 UTC')
    expect(body).toMatch(/cores?\n/)
    expect(body).toContain(`Node ${process.version}`)
    expect(body).toContain('```text\na  b\n```')
  })
})
