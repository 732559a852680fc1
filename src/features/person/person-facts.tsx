import { Citation } from '@/components/ui/citation'
import { DoubtFlag } from '@/components/ui/claims'
import type { Alias, Fact } from '@/data/payload-types'
import { Section } from '@/components/ui/section'

/** Every other spelling the articles use, with who uses it and what kind of variant it is. */
export function AlsoWrittenAs({ name, aliases }: { name: string; aliases: Alias[] }) {
  return (
    <Section compact className="render-when-near" title="Also written as">
      {aliases.length === 0 ? (
        <p className="text-sm text-ink-muted">Every article spells the name {name}.</p>
      ) : (
        <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
          {aliases.map((alias) => (
            <li key={alias.name} className="px-4 py-3">
              <span className="font-semibold">{alias.name}</span>
              <Citation ids={alias.sources} />
              {alias.note && <span className="text-ink-muted"> — {alias.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}

export function PersonFacts({ facts }: { facts: Fact[] }) {
  if (facts.length === 0) return null
  return (
    <Section
      compact
      className="render-when-near"
      title="What the articles say"
      intro="Each statement as the articles make it; a doubtful one is flagged, not taken as fact."
    >
      <ul className="space-y-3">
        {facts.map((fact) => (
          <li key={fact.text} className="flex gap-3">
            <span aria-hidden="true" className="mt-2 size-1.5 shrink-0 rounded-full bg-accent" />
            <div className="min-w-0">
              {fact.text}
              <Citation ids={fact.sources} />
              {fact.doubt && <DoubtFlag reason={fact.doubt} />}
            </div>
          </li>
        ))}
      </ul>
    </Section>
  )
}
