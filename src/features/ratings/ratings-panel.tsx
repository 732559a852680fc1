import { Section } from '@/components/ui/section'
import { Card } from '@/components/ui/card'
import { Citation } from '@/components/ui/citation'
import type { Rating } from '@/data/payload-types'
import { formatIsoDate } from '@/lib/format-date'
import { RatingScale } from './rating-scale'

/**
 * A score with at most one decimal ("7.1", "100"). Scores stay within their scale, so no
 * thousands separator is ever needed; Intl.NumberFormat would say the same but loads the
 * browser's number data, a noticeable main-thread cost while the page starts.
 */
function formatNumber(value: number): string {
  return String(Math.round(value * 10) / 10)
}

function formatScore(value: number, unit: Rating['unit']): string {
  return unit === 'percent' ? `${formatNumber(value)}%` : `${formatNumber(value)}`
}

function scaleText(scaleMax: number, unit: Rating['unit']): string {
  return unit === 'percent' ? 'out of 100%' : `out of ${formatNumber(scaleMax)}`
}

/** Review scores as the articles report them, each with its scale, date and source. */
export function RatingsPanel({ ratings, headingId }: { ratings: Rating[]; headingId: string }) {
  if (ratings.length === 0) return null
  return (
    <Section headingId={headingId} title="Ratings" className="render-when-near">
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
        {ratings.map((rating) => (
          <li key={rating.id}>
            <Card className="h-full">
              <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                <h3 className="text-lg font-semibold">{rating.site}</h3>
                <p className="text-sm text-ink-muted">As of {formatIsoDate(rating.asOf)}</p>
              </div>
              <p className="text-sm text-ink-muted">{rating.measure}</p>
              <div>
                <p className="flex flex-wrap items-baseline gap-x-2">
                  <span className="text-4xl font-bold tracking-tight tabular-nums">
                    {formatScore(rating.value, rating.unit)}
                  </span>
                  <span className="text-sm text-ink-muted">
                    {scaleText(rating.scaleMax, rating.unit)}
                  </span>
                  <Citation ids={rating.sources} />
                </p>
                <RatingScale value={rating.value} scaleMax={rating.scaleMax} className="mt-2" />
                <p className="mt-1 flex justify-between text-xs text-ink-muted tabular-nums">
                  <span>0</span>
                  <span>{formatScore(rating.scaleMax, rating.unit)}</span>
                </p>
              </div>
              {rating.average && (
                <div className="border-t border-line pt-3">
                  <p className="flex flex-wrap items-baseline gap-x-2">
                    <span className="text-sm font-medium">Average score</span>
                    <span className="text-xl font-semibold tabular-nums">
                      {formatNumber(rating.average.value)}
                    </span>
                    <span className="text-sm text-ink-muted">
                      out of {formatNumber(rating.average.scaleMax)}
                    </span>
                  </p>
                  <RatingScale
                    value={rating.average.value}
                    scaleMax={rating.average.scaleMax}
                    tone="muted"
                    className="mt-2"
                  />
                  <p className="mt-1 flex justify-between text-xs text-ink-muted tabular-nums">
                    <span>0</span>
                    <span>{formatNumber(rating.average.scaleMax)}</span>
                  </p>
                </div>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </Section>
  )
}
