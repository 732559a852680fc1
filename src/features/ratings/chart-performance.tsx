import { Section } from '@/components/ui/section'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { Citation } from '@/components/ui/citation'
import { ClaimedValue } from '@/components/ui/claims'
import type { Chart } from '@/data/payload-types'
import { cn } from '@/lib/cn'
import { formatIsoDate } from '@/lib/format-date'
import { formatRank } from '@/lib/format-rank'

/**
 * Places 1 to 10 with every rank an article claims marked. A drawing only: the ranks are written
 * out, with their sources, right beside it.
 */
function RankLadder({ ranks }: { ranks: number[] }) {
  const places = Array.from({ length: Math.max(10, ...ranks) }, (_, index) => index + 1)
  return (
    <ol aria-hidden="true" className="grid grid-cols-10 gap-1">
      {places.map((place) => {
        const claimed = ranks.includes(place)
        return (
          <li
            key={place}
            className={cn(
              'flex h-9 items-center justify-center rounded text-xs font-semibold tabular-nums',
              claimed
                ? 'bg-accent text-accent-ink ring-2 ring-accent ring-offset-2 ring-offset-surface'
                : 'bg-surface-muted text-ink-muted',
            )}
          >
            {place}
          </li>
        )
      })}
    </ol>
  )
}

/** Weekly chart places and reach, with every rank the articles give beside its source. */
export function ChartPerformance({ charts, headingId }: { charts: Chart[]; headingId: string }) {
  if (charts.length === 0) return null
  return (
    <Section headingId={headingId} title="Chart performance" className="render-when-near">
      {charts.map((chart) => (
        <Card key={chart.id} gap={5}>
          <div className="space-y-1">
            <h3 className="text-lg font-semibold">{chart.chart}</h3>
            {chart.announced && (
              <p className="text-sm text-ink-muted">
                Figures made public on {formatIsoDate(chart.announced)}
              </p>
            )}
          </div>
          <div className="space-y-3">
            <h4 className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
              Weekly rank
            </h4>
            <RankLadder ranks={chart.rank.map((claim) => claim.value)} />
            <div className="text-base">
              <ClaimedValue claims={chart.rank} format={formatRank} showNotes />
            </div>
          </div>
          {chart.countries && (
            <div className="space-y-2 border-t border-line pt-4">
              <h4 className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
                Reach
              </h4>
              <p className="flex flex-wrap items-baseline gap-x-2">
                <span className="text-4xl font-bold tracking-tight tabular-nums">
                  {chart.countries.count}
                </span>
                <span>countries with the film in their top 10</span>
                <Citation ids={chart.countries.sources} />
              </p>
              {chart.countries.named.length > 0 && (
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1.5">
                  <p className="text-sm text-ink-muted">Named among them:</p>
                  <ul className="flex flex-wrap gap-1.5">
                    {chart.countries.named.map((country) => (
                      <li key={country}>
                        <Badge variant="soft">{country}</Badge>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          )}
        </Card>
      ))}
    </Section>
  )
}
