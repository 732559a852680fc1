import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'

/*
 * A generated stand-in for a portrait: the dataset has no photographs. Initials on a small
 * "stage" whose spotlight and dancer's shape are derived from the slug, so a person always gets
 * the same tile and neighbours look different. The tile is an illustration in the film's own
 * palette (a dark stage, fluorescent red light, a dancer's pale pink), dark in both themes as a
 * photograph would be; it is decorative, the name always sits beside it as text.
 */

const stage = '#1a0b11'
const stageLift = '#2c121b'
const light = '#ff3355'
const pink = '#f2b8c7'

/** FNV-1a: a stable 32-bit hash, so the same slug draws the same tile on server and client. */
function hash(text: string): number {
  let value = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index)
    value = Math.imul(value, 0x01000193)
  }
  return value >>> 0
}

/** "JJ" for Jeon Jong-seo, "G" for Gray: the first letter of the first two words. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  return words
    .slice(0, 2)
    .map((word) => [...word][0] ?? '')
    .join('')
    .toUpperCase()
}

type Shape = 'cone' | 'tutu' | 'ring' | 'arc'
const shapes: Shape[] = ['cone', 'tutu', 'ring', 'arc']

function tileFor(slug: string) {
  const seed = hash(slug)
  const pick = (shift: number, modulo: number) => (seed >>> shift) % modulo
  return {
    // The spotlight sits in a corner band so the initials stay on the darker middle.
    lightX: [18, 82, 30, 70][pick(0, 4)]!,
    lightY: [16, 22, 84, 78][pick(3, 4)]!,
    lightRadius: 34 + pick(6, 14),
    shape: shapes[pick(10, shapes.length)]!,
    tilt: pick(13, 7) * 15 - 45,
    lift: pick(17, 2) === 0,
  }
}

function DancerShape({ shape, tilt }: { shape: Shape; tilt: number }) {
  const transform = `rotate(${tilt} 50 50)`
  switch (shape) {
    case 'cone':
      return (
        <polygon points="50,-6 16,106 84,106" fill={pink} opacity="0.12" transform={transform} />
      )
    case 'tutu':
      return (
        <ellipse
          cx="50"
          cy="78"
          rx="42"
          ry="11"
          fill="none"
          stroke={pink}
          strokeWidth="2.5"
          opacity="0.45"
          transform={transform}
        />
      )
    case 'ring':
      return (
        <circle cx="50" cy="50" r="36" fill="none" stroke={pink} strokeWidth="2" opacity="0.35" />
      )
    case 'arc':
      return (
        <path
          d="M 8 86 Q 50 18 92 86"
          fill="none"
          stroke={pink}
          strokeWidth="2.5"
          opacity="0.42"
          transform={transform}
        />
      )
  }
}

/** The spotlight's rings, from the faint halo to the bright core: radius scale and opacity. */
const spotlight = [
  [1, 0.16],
  [0.62, 0.24],
  [0.3, 0.42],
] as const

const monogramSizes = {
  small: 'size-11 rounded-md',
  medium: 'size-14 rounded-lg',
  large: 'size-24 rounded-2xl sm:size-32',
} as const

export function Monogram({
  slug,
  name,
  size = 'medium',
  className,
  ...props
}: ComponentProps<'svg'> & { slug: string; name: string; size?: keyof typeof monogramSizes }) {
  const tile = tileFor(slug)
  const initials = initialsOf(name)
  return (
    <svg
      viewBox="0 0 100 100"
      aria-hidden="true"
      focusable="false"
      data-slot="monogram"
      className={cn(monogramSizes[size], 'shrink-0 ring-1 ring-line', className)}
      {...props}
    >
      <rect width="100" height="100" fill={tile.lift ? stageLift : stage} />
      {spotlight.map(([scale, opacity]) => (
        <circle
          key={scale}
          cx={tile.lightX}
          cy={tile.lightY}
          r={tile.lightRadius * scale}
          fill={light}
          opacity={opacity}
        />
      ))}
      <DancerShape shape={tile.shape} tilt={tile.tilt} />
      <text
        x="50"
        y="50"
        dy="0.35em"
        textAnchor="middle"
        fill={pink}
        fontSize={initials.length > 1 ? 38 : 46}
        fontWeight="700"
        letterSpacing="1"
      >
        {initials}
      </text>
    </svg>
  )
}
