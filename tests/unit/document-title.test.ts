import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { documentTitleOf, maxTitleLength } from '@/components/layout/page-heading'

describe('documentTitleOf', () => {
  it("adds the site's name where it fits", () => {
    expect(documentTitleOf('Ballerina')).toBe('Ballerina · Ballerina Explorer')
    expect(documentTitleOf('Timeline of The Golden Age of Daughters-in-Law')).toBe(
      'Timeline of The Golden Age of Daughters-in-Law · Ballerina Explorer',
    )
  })

  it("leaves the site's name out where it does not", () => {
    expect(documentTitleOf('Cast and crew of Money Heist: Korea – Joint Economic Area')).toBe(
      'Cast and crew of Money Heist: Korea – Joint Economic Area',
    )
  })

  it('cuts a title too long even alone after a whole word, with an ellipsis', () => {
    const title = `Director Lee Chung-hyun's "Ballerina": A Cinematic Exploration of Justice`
    expect(documentTitleOf(title)).toBe(
      'Director Lee Chung-hyun’s “Ballerina”: A Cinematic Exploration of…',
    )
    expect(documentTitleOf('x'.repeat(100))).toBe(`${'x'.repeat(maxTitleLength - 1)}…`)
  })

  it('writes typographic quotes, which are never escaped as entities', () => {
    expect(documentTitleOf(`Netflix's 'Ballerina': A Stunning Blend of Action and Emotion`)).toBe(
      'Netflix’s ‘Ballerina’: A Stunning Blend of Action and Emotion',
    )
    expect(documentTitleOf('Search: "ok-joo"')).toBe('Search: “ok-joo” · Ballerina Explorer')
  })

  it('is never longer than the limit, nor empty for a non-empty title', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), (title) => {
        const result = documentTitleOf(title)
        expect(result.length).toBeLessThanOrEqual(maxTitleLength)
        expect(result.length).toBeGreaterThan(0)
      }),
    )
  })
})
