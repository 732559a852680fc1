/** Joins class names, skipping the falsy ones, so variants can be written as conditions. */
export function cn(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(' ')
}
