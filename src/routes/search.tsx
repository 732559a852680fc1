import { PageHeading } from '@/components/layout/page-heading'

export function SearchRoute() {
  return (
    <section className="space-y-4">
      <PageHeading title="Search" />
    </section>
  )
}
