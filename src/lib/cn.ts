/**
 * Joins class names, skipping the falsy ones, so variants can be written as conditions. It does not
 * resolve conflicts, so primitives take props for what callers vary and never a clashing class.
 */
export function cn(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(' ')
}
