import { PageHeading } from '@/components/layout/page-heading'
import { Citation } from '@/components/ui/citation'
import { ClaimedValue } from '@/components/ui/claims'
import { Monogram } from '@/components/ui/monogram'
import type { Person } from '@/data/payload-types'

export function PersonHeader({ person }: { person: Person }) {
  return (
    <header className="flex flex-col gap-5 sm:flex-row sm:items-center sm:gap-7">
      <Monogram slug={person.slug} name={person.name} size="large" className="shadow-md" />
      <div className="min-w-0 space-y-2">
        <PageHeading title={person.name} className="text-balance" />
        {person.hangulName && (
          <p className="text-xl text-ink-muted">
            <span lang="ko">{person.hangulName.value}</span>
            <Citation ids={person.hangulName.sources} />
          </p>
        )}
        <div className="text-lg text-ink">
          <ClaimedValue claims={[person.knownAs]} showNotes />
        </div>
      </div>
    </header>
  )
}
