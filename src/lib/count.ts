/** "1 credit", "3 credits": a number with its noun in the right form. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`
}
