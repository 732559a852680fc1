import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { PageHeading } from '@/components/layout/page-heading'
import { sourceQueries } from '@/data/queries'

export function SourceRoute() {
  const { id = '' } = useParams()
  const { data } = useSuspenseQuery(sourceQueries.all())
  const source = data.sources.find((candidate) => candidate.id === id)
  if (!source) return null
  return (
    <article className="space-y-4">
      <PageHeading title={source.title} />
      <p>{source.summary}</p>
    </article>
  )
}
