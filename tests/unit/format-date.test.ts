import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatIsoDate, formatIsoMonth } from '@/lib/format-date'

const reference = {
  day: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
}

const isoDay = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10))

describe('formatIsoDate and formatIsoMonth', () => {
  it('write the dates the pages show', () => {
    expect(formatIsoDate('2023-10-06')).toBe('6 October 2023')
    expect(formatIsoDate('2023-09-01')).toBe('1 September 2023')
    expect(formatIsoMonth('2023-10')).toBe('October 2023')
  })

  it('agree with Intl.DateTimeFormat en-GB for any day', () => {
    fc.assert(
      fc.property(isoDay, (iso) => {
        const date = new Date(`${iso}T00:00:00Z`)
        expect(formatIsoDate(iso)).toBe(reference.day.format(date))
        expect(formatIsoMonth(iso.slice(0, 7))).toBe(reference.month.format(date))
      }),
    )
  })

  it('refuse what is not an ISO date instead of printing "undefined"', () => {
    expect(() => formatIsoDate('2023-13-01')).toThrow(/Not an ISO date/)
    expect(() => formatIsoMonth('October')).toThrow(/Not an ISO date/)
  })
})
