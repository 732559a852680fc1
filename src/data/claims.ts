import type { Claim } from './payload-types.ts'

export function firstClaimValue<T>(claims: Claim<T>[] | undefined): T | undefined {
  return claims?.[0]?.value
}

/** True when the claims about one fact do not all give the same value. */
export function sourcesDiffer<T>(claims: Claim<T>[]): boolean {
  return new Set(claims.map((claim) => JSON.stringify(claim.value))).size > 1
}
