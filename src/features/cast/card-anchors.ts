import type { CreditWithPerson } from '@/data/payload-types'

/**
 * Each card's fragment id: the person's slug on their first card, so `#lee-chung-hyun` lands on
 * them, and the credit's own id on any further card of theirs, so ids stay unique.
 */
export function cardAnchors(credits: CreditWithPerson[]): AnchorOf {
  const seen = new Set<string>()
  const anchors = new Map<string, string>()
  for (const credit of credits) {
    anchors.set(credit.id, seen.has(credit.person.slug) ? credit.id : credit.person.slug)
    seen.add(credit.person.slug)
  }
  // A credit outside the list it was built from has no earlier card to clash with: its own id.
  return (credit) => anchors.get(credit.id) ?? credit.id
}

export type AnchorOf = (credit: CreditWithPerson) => string
