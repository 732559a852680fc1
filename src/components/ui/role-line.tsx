import { roleParts } from '@/lib/credit-wording'

/** A credit's role in the site's one wording, the prefix muted and the character or job stressed. */
export function RoleLine({
  credit,
  stress = 'font-medium',
}: {
  credit: Parameters<typeof roleParts>[0]
  /** Classes for the stressed words, which sit in differently weighted lines. */
  stress?: string
}) {
  const parts = roleParts(credit)
  if (parts.kind === 'unnamed') return <span className="text-ink-muted italic">{parts.text}</span>
  if (parts.kind === 'job') return <span className={stress}>{parts.job}</span>
  return (
    <>
      <span className="text-ink-muted">{parts.prefix} </span>
      <span className={stress}>{parts.name}</span>
    </>
  )
}
