import { cn } from '@/lib/cn'

/*
 * A value drawn on its scale with SVG attributes (no style attributes, for the coming CSP). The
 * drawing repeats what the text beside it says in words and numbers, so it is hidden from
 * assistive technology and never the only carrier of meaning.
 */
export function RatingScale({
  value,
  scaleMax,
  tone = 'accent',
  className,
}: {
  value: number
  scaleMax: number
  tone?: 'accent' | 'muted'
  className?: string
}) {
  const share = Math.min(Math.max(value / scaleMax, 0), 1) * 100
  const ticks = [0, 25, 50, 75, 100]
  return (
    <svg
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
      className={cn('block h-3 w-full overflow-visible', className)}
    >
      <rect x="0" y="2" width="100" height="6" rx="3" className="fill-surface-muted" />
      <rect
        x="0"
        y="2"
        width={share}
        height="6"
        rx="3"
        className={tone === 'accent' ? 'fill-accent' : 'fill-ink-muted'}
      />
      {ticks.map((tick) => (
        <rect
          key={tick}
          x={Math.min(tick, 99.6)}
          y="0"
          width="0.4"
          height="10"
          className="fill-line"
        />
      ))}
    </svg>
  )
}
