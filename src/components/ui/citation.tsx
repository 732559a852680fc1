import {
  createContext,
  use,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentProps,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import { Link } from 'react-router'
import { paths } from '@/config/paths'
import type { Source } from '@/data/payload-types'
import { cn } from '@/lib/cn'
import { formatIsoDate } from '@/lib/format-date'

/*
 * Citation markers. Each page provides the sources its payload cites; a marker shows their
 * numbers and reveals publication, title and date on hover, focus and tap. Without JavaScript the
 * marker is a plain link to the page's list of sources, so nothing is lost.
 */

type CitedSource = { source: Source; number: number }
const CitedSourcesContext = createContext(new Map<string, CitedSource>())

/** Numbers each source by its place in `sources`, or by the `number` its payload gives it. */
export function CitedSourcesProvider({
  sources,
  children,
}: {
  sources: (Source & { number?: number })[]
  children: ReactNode
}) {
  const value = new Map(
    sources.map((source, index) => [source.id, { source, number: source.number ?? index + 1 }]),
  )
  return <CitedSourcesContext value={value}>{children}</CitedSourcesContext>
}

/** The name the app's own text uses for a source, e.g. "Release-week explainer". */
export function sourceOutlet(source: Source): string {
  return source.shortName
}

export function sourceDate(source: Source): string {
  return source.date ? formatIsoDate(source.date) : 'undated'
}

export const citationAnchor = (id: string) => `cite-${id}`

export function Citation({ ids, className }: { ids: string[]; className?: string }) {
  const byId = use(CitedSourcesContext)
  const [open, setOpen] = useState(false)
  const [pinned, setPinned] = useState(false)
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null)
  const wrapper = useRef<HTMLSpanElement>(null)
  const panel = useRef<HTMLSpanElement>(null)
  const panelId = useId()

  const cited = [...new Set(ids)].flatMap((id) => byId.get(id) ?? [])

  // The open panel goes to the top layer, so no ancestor's overflow or containment clips it
  // (the film's hero clips its decoration; page sections contain their rendering). It sits under
  // its marker, or above it where the screen has no room below, and inside the viewport.
  // Browsers without popovers show it in place, under the marker.
  useLayoutEffect(() => {
    const element = panel.current
    const marker = wrapper.current?.querySelector('a')
    if (!open || !element || !marker || typeof element.showPopover !== 'function') return
    element.showPopover()
    const place = () => {
      const anchor = marker.getBoundingClientRect()
      const { width, height } = element.getBoundingClientRect()
      const margin = 8
      const gap = 4
      const fitsBelow = anchor.bottom + gap + height <= window.innerHeight - margin
      const fitsAbove = anchor.top - gap - height >= margin
      const top = !fitsBelow && fitsAbove ? anchor.top - gap - height : anchor.bottom + gap
      const left = Math.max(margin, Math.min(anchor.left, window.innerWidth - margin - width))
      // Absolute in the top layer means relative to the document: it scrolls with the page.
      setPosition({ top: top + window.scrollY, left: left + window.scrollX })
    }
    place()
    window.addEventListener('resize', place)
    return () => {
      window.removeEventListener('resize', place)
      setPosition(null)
      if (element.matches(':popover-open')) element.hidePopover()
    }
  }, [open])

  if (cited.length === 0) return null
  // Starts with the marker's visible numbers, so a voice-control user can say what they see.
  const label = `Sources: ${cited.map(({ number }) => number).join(', ')}. ${cited
    .map(({ source }) => `${sourceOutlet(source)}, ${sourceDate(source)}`)
    .join('; ')}`

  const close = () => {
    setOpen(false)
    setPinned(false)
  }
  const onBlur = (event: FocusEvent) => {
    if (!wrapper.current?.contains(event.relatedTarget as Node | null)) close()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation()
      // Focus first: focusing the marker opens the panel, so closing must come after it.
      wrapper.current?.querySelector('a')?.focus()
      close()
    }
  }

  return (
    <span
      ref={wrapper}
      className={cn('relative inline-block align-super text-xs leading-none', className)}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => !pinned && close()}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
    >
      <a
        href={`#${citationAnchor(cited[0]!.source.id)}`}
        aria-label={label}
        aria-expanded={open}
        aria-controls={panelId}
        onFocus={() => setOpen(true)}
        onClick={(event) => {
          event.preventDefault()
          if (pinned) close()
          else {
            setOpen(true)
            setPinned(true)
          }
        }}
        className="ml-0.5 inline-flex min-h-6 min-w-6 items-center justify-center rounded px-1 font-semibold text-accent no-underline hover:bg-accent-soft"
      >
        [{cited.map(({ number }) => number).join(',')}]
      </a>
      <span
        ref={panel}
        id={panelId}
        popover="manual"
        hidden={!open}
        role="group"
        aria-label="Sources for this fact"
        style={position ? { ...position, margin: 0 } : undefined}
        className="absolute top-full right-auto bottom-auto left-0 z-30 mt-1 block w-72 max-w-[calc(100vw-1rem)] rounded-md border border-line bg-surface p-3 text-left text-sm leading-snug font-normal text-ink shadow-lg"
      >
        {/* Filled only while open: a page has dozens of markers, and closed panels would
            multiply its HTML for content no one can see without JavaScript anyway. */}
        {open &&
          cited.map(({ source, number }) => (
            <span key={source.id} className="mb-2 block last:mb-0">
              <span className="font-semibold">
                [{number}] {sourceOutlet(source)}
              </span>
              <span className="block">“{source.title}”</span>
              <span className="block text-ink-muted">{sourceDate(source)}</span>
              <Link className="text-accent underline" to={paths.source(source.id)}>
                About this source
              </Link>
            </span>
          ))}
      </span>
    </span>
  )
}

/** The numbered list of the sources a page cites; citation markers link here. */
export function CitedSourcesList({ className, ...props }: ComponentProps<'section'>) {
  const cited = [...use(CitedSourcesContext).values()]
  const headingId = useId()
  if (cited.length === 0) return null
  return (
    <section
      aria-labelledby={headingId}
      className={cn('render-when-near space-y-3', className)}
      {...props}
    >
      <h2 id={headingId} className="text-xl font-semibold">
        Sources
      </h2>
      <ol className="space-y-2 text-sm">
        {cited.map(({ source, number }) => (
          <li key={source.id} id={citationAnchor(source.id)} className="flex gap-2">
            <span className="font-semibold text-accent">[{number}]</span>
            <span>
              {sourceOutlet(source)}
              {source.byline ? `, ${source.byline}` : ''}: “{source.title}” ({sourceDate(source)}).{' '}
              <Link className="text-accent underline" to={paths.source(source.id)}>
                What it supports
              </Link>
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
