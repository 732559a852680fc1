import { Section } from '@/components/ui/section'
import { Citation } from '@/components/ui/citation'
import { DoubtFlag } from '@/components/ui/claims'
import type { Fact } from '@/data/payload-types'
import { cn } from '@/lib/cn'

/**
 * What the articles say about a work, sentence by sentence, each with its sources. A doubted
 * statement is presented as the article's claim, with the reason for the doubt, never as fact.
 */
export function WorkFacts({ facts, headingId }: { facts: Fact[]; headingId: string }) {
  if (facts.length === 0) return null
  return (
    <Section headingId={headingId} title="What the articles say" className="render-when-near">
      <ul className="gap-x-10 md:columns-2">
        {facts.map((fact) => (
          <li
            key={fact.text}
            className={cn(
              'mb-4 break-inside-avoid rounded-lg border-l-4 py-1 pl-4 leading-relaxed',
              fact.doubt ? 'border-warn bg-warn-soft/60 py-2 pr-3' : 'border-blush',
            )}
          >
            {fact.doubt && <span className="font-semibold">An article claims: </span>}
            {fact.text}
            <Citation ids={fact.sources} />
            {fact.doubt && <DoubtFlag reason={fact.doubt} offset={2} />}
          </li>
        ))}
      </ul>
    </Section>
  )
}
