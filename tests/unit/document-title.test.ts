import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { documentTitle, maxTitleLength } from '@/lib/page-title'

describe('documentTitle', () => {
  it("adds the site's name where it fits", () => {
    expect(documentTitle('Ballerina')).toBe('Ballerina · Ballerina Explorer')
    expect(documentTitle('Timeline of The Golden Age of Daughters-in-Law')).toBe(
      'Timeline of The Golden Age of Daughters-in-Law · Ballerina Explorer',
    )
  })

  it("leaves the site's name out where it does not", () => {
    expect(documentTitle('Cast and crew of Money Heist: Korea – Joint Economic Area')).toBe(
      'Cast and crew of Money Heist: Korea – Joint Economic Area',
    )
  })

  it('cuts a title too long even alone after a whole word, with an ellipsis', () => {
    const title = `Director Lee Chung-hyun's "Ballerina": A Cinematic Exploration of Justice`
    expect(documentTitle(title)).toBe(
      'Director Lee Chung-hyun’s “Ballerina”: A Cinematic Exploration of…',
    )
    expect(documentTitle('x'.repeat(100))).toBe(`${'x'.repeat(maxTitleLength - 1)}…`)
  })

  it('writes typographic quotes, which are never escaped as entities', () => {
    expect(documentTitle(`Netflix's 'Ballerina': A Stunning Blend of Action and Emotion`)).toBe(
      'Netflix’s ‘Ballerina’: A Stunning Blend of Action and Emotion',
    )
    expect(documentTitle('Search: "ok-joo"')).toBe('Search: “ok-joo” · Ballerina Explorer')
  })

  it('is never longer than the limit, nor empty for a non-empty title', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), (title) => {
        const result = documentTitle(title)
        expect(result.length).toBeLessThanOrEqual(maxTitleLength)
        expect(result.length).toBeGreaterThan(0)
      }),
    )
  })
})
