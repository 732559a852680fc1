import { useDeferredValue, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { paths } from '@/config/paths'
import { cn } from '@/lib/cn'
import { countOf } from '@/lib/count'
import { SearchIcon } from '@/components/ui/search-icon'
import { resultKinds, type SearchResult } from './search-results-model'
import { useShardedSearch } from './use-sharded-search'

/** What was last typed into the palette, and on which page. */
export type TypedQuery = { pathname: string; text: string }

export type PaletteProps = {
  /** `restoreFocus` is false when a result was opened: the new page's heading takes focus. */
  onClose: (restoreFocus: boolean) => void
  /**
   * Kept by the launcher, which outlives the palette: reopening the palette on the same page brings
   * the query back, as a reader who closed it to look at something expects.
   */
  lastQuery: TypedQuery
  onType: (typed: TypedQuery) => void
}

const paletteLimit = 8
const kindLabel = new Map(resultKinds.map(({ kind, label }) => [kind, label]))

type Option = { id: string; href: string; result?: SearchResult }

/**
 * The command palette: a modal <dialog> holding a WAI-ARIA combobox (the input) that controls a
 * listbox of results. Focus stays in the input; arrow keys move the active option, announced
 * through aria-activedescendant; Enter opens it; Escape closes and focus goes back where it was.
 */
export function CommandPalette({ onClose, lastQuery, onType }: PaletteProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const ids = useId()
  const [query, setQuery] = useState(() => (lastQuery.pathname === pathname ? lastQuery.text : ''))
  const [cursor, setCursor] = useState({ query: '', index: -1 })
  const searched = useDeferredValue(query)
  const trimmed = searched.trim()
  const search = useShardedSearch(trimmed, { limit: paletteLimit })
  const { results } = search
  const options: Option[] = trimmed
    ? [
        ...results.map((result) => ({ id: result.id, href: result.href, result })),
        { id: 'all-results', href: paths.search(trimmed) },
      ]
    : []
  // The active option belongs to the query it was chosen for; a new query starts on the first,
  // so typing a name and pressing Enter opens it.
  const active =
    options.length === 0
      ? -1
      : cursor.query === trimmed
        ? Math.min(cursor.index, options.length - 1)
        : 0
  const optionId = (at: number) => `${ids}-option-${at}`

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  useEffect(() => {
    if (active < 0) return
    listRef.current
      ?.querySelector(`[id="${CSS.escape(optionId(active))}"]`)
      ?.scrollIntoView({ block: 'nearest' })
  })

  function open(option: Option | undefined) {
    if (!option) return
    onClose(option.href === pathname)
    void navigate(option.href)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return
    const count = options.length
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (count === 0) return
      const step = event.key === 'ArrowDown' ? 1 : -1
      const next = active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count
      setCursor({ query: trimmed, index: next })
    } else if (event.key === 'Enter') {
      event.preventDefault()
      open(options[active])
    } else if (event.key === 'Escape') {
      event.preventDefault()
      onClose(true)
    }
  }

  const status = !trimmed
    ? 'Type a name, a character, a title or Hangul.'
    : search.status === 'pending'
      ? 'Loading names…'
      : search.status === 'error'
        ? 'Search could not load. Press Enter to try the search page.'
        : results.length === 0
          ? `No results for “${trimmed}”.`
          : `${countOf(results.length, 'result')}${results.length === paletteLimit ? ' shown' : ''}.`

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${ids}-title`}
      onCancel={(event) => {
        event.preventDefault()
        onClose(true)
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) onClose(true)
      }}
      className="mx-auto mt-[8vh] w-[calc(100vw-1.5rem)] max-w-2xl overflow-hidden rounded-xl border border-line bg-surface p-0 text-ink shadow-2xl backdrop:bg-black/60"
    >
      <h2 id={`${ids}-title`} className="sr-only">
        Search
      </h2>
      <div className="flex items-center gap-3 border-b border-line px-4">
        <SearchIcon className="size-5 shrink-0 text-ink-muted" />
        <label htmlFor={`${ids}-input`} className="sr-only">
          Search names, characters, films and events
        </label>
        <input
          id={`${ids}-input`}
          type="text"
          role="combobox"
          aria-expanded={options.length > 0}
          aria-controls={`${ids}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${ids}-status`}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          // The dialog was opened to type into: focus belongs here (showModal would pick it too).
          autoFocus
          placeholder="Ok-joo, 전종서, ㅈㅈㅅ, Ballerina…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            onType({ pathname, text: event.target.value })
          }}
          onKeyDown={onKeyDown}
          className="min-h-14 w-full min-w-0 bg-transparent text-base text-ink outline-none placeholder:text-ink-muted"
        />
        <button
          type="button"
          onClick={() => onClose(true)}
          className="shrink-0 rounded border border-line px-2 py-1 text-xs text-ink-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-accent"
        >
          Esc<span className="sr-only"> — close search</span>
        </button>
      </div>
      <ul
        ref={listRef}
        id={`${ids}-listbox`}
        role="listbox"
        aria-label="Search results"
        className={cn('max-h-[60vh] overflow-y-auto', options.length > 0 && 'p-2')}
      >
        {options.map((option, at) => {
          const selected = at === active
          const { result } = option
          return (
            <li
              key={option.id}
              id={optionId(at)}
              role="option"
              aria-selected={selected}
              onClick={() => open(option)}
              onMouseMove={() => {
                if (!selected) setCursor({ query: trimmed, index: at })
              }}
              className={cn(
                'flex cursor-pointer items-start gap-3 rounded-lg px-3 py-2',
                selected ? 'bg-accent-soft outline-2 outline-accent' : 'hover:bg-surface-muted',
              )}
            >
              {result ? (
                <>
                  <span className="mt-0.5 w-20 shrink-0 text-xs font-semibold tracking-wide text-ink-muted uppercase">
                    {kindLabel.get(result.kind)}
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="block font-semibold break-words text-ink">{result.title}</span>
                    {result.context ? (
                      <span className="block text-sm break-words text-ink-muted">
                        {result.context}
                      </span>
                    ) : null}
                    <span className="block text-xs break-words text-accent">{result.reason}</span>
                  </span>
                </>
              ) : (
                <span className="min-w-0 flex-1 text-sm break-words text-ink">
                  See all results for “{trimmed}” on the search page
                </span>
              )}
            </li>
          )
        })}
      </ul>
      <p
        id={`${ids}-status`}
        role="status"
        className="border-t border-line px-4 py-2 text-sm text-ink-muted"
      >
        {status}
        <span className="hidden sm:inline"> ↑ ↓ to choose, Enter to open, Esc to close.</span>
      </p>
    </dialog>
  )
}
