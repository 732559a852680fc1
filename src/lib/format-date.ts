/*
 * Dates as British English prose ("6 October 2023"), written out by hand. The first
 * Intl.DateTimeFormat a page creates loads the browser's date and time-zone data, which alone
 * blocks the main thread for longer than a phone's frame budget while the app starts. The output
 * here is one fixed locale, so a table of month names says the same thing and costs nothing; it
 * also cannot shift a day with the reader's time zone.
 */

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

function monthName(month: string, input: string): string {
  const name = monthNames[Number(month) - 1]
  if (!name) throw new RangeError(`Not an ISO date or month: "${input}"`)
  return name
}

/** "6 October 2023" from "2023-10-06". */
export function formatIsoDate(isoDate: string): string {
  const [year, month = '', day = ''] = isoDate.split('-')
  return `${Number(day)} ${monthName(month, isoDate)} ${year}`
}

/** "October 2023" from "2023-10". */
export function formatIsoMonth(isoMonth: string): string {
  const [year, month = ''] = isoMonth.split('-')
  return `${monthName(month, isoMonth)} ${year}`
}
