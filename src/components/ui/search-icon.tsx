import type { ComponentProps } from 'react'

/** A magnifying glass drawn with SVG attributes, so it needs no inline style. */
export function SearchIcon(props: ComponentProps<'svg'>) {
  return (
    <svg
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="m13 13 4.5 4.5" />
    </svg>
  )
}
