/*
 * How a credit's role is written, on the pages, in their meta and on the Open Graph images alike,
 * so a reader meets the same words wherever the credit appears.
 */

/** What the site says when the articles credit someone without naming their character. */
const unnamedCharacter = 'Character not named in the sources'

type RoleOf = { character?: { name: string } | null; job?: string | null }

type RoleParts =
  | { kind: 'character'; prefix: 'as'; name: string }
  | { kind: 'job'; job: string }
  | { kind: 'unnamed'; text: string }

/** The role split into its words, for markup that styles the prefix and the name apart. */
export function roleParts(credit: RoleOf): RoleParts {
  if (credit.character) return { kind: 'character', prefix: 'as', name: credit.character.name }
  if (credit.job) return { kind: 'job', job: credit.job }
  return { kind: 'unnamed', text: unnamedCharacter }
}

/** A credit's role line, e.g. "as Ok-ju", "Director" or the unnamed-character text. */
export function roleLine(credit: RoleOf): string {
  const parts = roleParts(credit)
  if (parts.kind === 'character') return `${parts.prefix} ${parts.name}`
  return parts.kind === 'job' ? parts.job : parts.text
}

/** A person with their role in running text, e.g. "Jeon Jong-seo as Ok-ju" or "X (director)". */
export function creditPhrase(personName: string, credit: RoleOf): string {
  const parts = roleParts(credit)
  if (parts.kind === 'character') return `${personName} ${parts.prefix} ${parts.name}`
  return parts.kind === 'job' ? `${personName} (${parts.job.toLowerCase()})` : personName
}

/** What someone does in a sentence about a work, e.g. "plays Ok-ju" or "plays Ok-ju and Ok-joo". */
export const plays = (characterNames: string[]) => `plays ${characterNames.join(' and ')}`
