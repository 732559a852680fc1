import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ComponentType } from 'react'
import { useNavigate } from 'react-router'
import { paths } from '@/config/paths'
import type { PaletteProps, TypedQuery } from './command-palette'
import { SearchIcon } from '@/components/ui/search-icon'
import { whenIdle } from '@/lib/when-idle'

/*
 * What every page ships: a button and a key listener. The palette itself, the search engine and
 * es-hangul are a separate chunk, fetched once the page is idle (or when someone points at the
 * button or opens search before then).
 */

/**
 * The palette once its code is here. Rendered directly, it opens at once: through lazy() it would
 * suspend even with its code cached, and React holds a revealed Suspense boundary back for a
 * moment, which a reader pressing "/" sees as a lag.
 */
let loadedPalette: ComponentType<PaletteProps> | undefined

const loadPalette = (): Promise<{ default: ComponentType<PaletteProps> }> =>
  import('./command-palette').then(
    (module) => {
      loadedPalette = module.CommandPalette
      return { default: module.CommandPalette }
    },
    // Offline or after a redeploy the chunk may be gone: the search page still works.
    () => ({ default: SearchPageInstead }),
  )
const LazyPalette = lazy(loadPalette)

function SearchPageInstead({ onClose }: PaletteProps) {
  const navigate = useNavigate()
  useEffect(() => {
    onClose(false)
    void navigate(paths.search())
  }, [navigate, onClose])
  return null
}

/** Typing into a field: "/" belongs to the text there, not to the shortcut. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT'
}

export function PaletteLauncher() {
  const [open, setOpen] = useState(false)
  const openRef = useRef(false)
  const returnFocusTo = useRef<HTMLElement | null>(null)
  const [lastQuery, setLastQuery] = useState<TypedQuery>({ pathname: '', text: '' })
  // Chosen as it opens and kept while open: switching component would remount it mid-query.
  const [Palette, setPalette] = useState<ComponentType<PaletteProps>>(() => LazyPalette)

  useEffect(() => whenIdle(() => void loadPalette()), [])

  const openPalette = useCallback(() => {
    if (openRef.current) return
    openRef.current = true
    returnFocusTo.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null
    setPalette(() => loadedPalette ?? LazyPalette)
    setOpen(true)
  }, [])

  const closePalette = useCallback((restoreFocus: boolean) => {
    openRef.current = false
    setOpen(false)
    const target = returnFocusTo.current
    returnFocusTo.current = null
    // After the dialog has gone; when a result was opened, the new page's heading takes focus.
    if (restoreFocus && target) requestAnimationFrame(() => target.focus())
  }, [])

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return
      const commandK =
        (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k'
      const slash =
        event.key === '/' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !isTypingTarget(event.target)
      if (!commandK && !slash) return
      event.preventDefault()
      openPalette()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [openPalette])

  return (
    <>
      <button
        type="button"
        onClick={openPalette}
        onPointerEnter={() => void loadPalette()}
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-line bg-canvas px-3 text-sm font-medium text-ink-muted hover:border-accent hover:text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      >
        <SearchIcon className="size-4" />
        <span>Search</span>
        <kbd
          aria-hidden="true"
          className="hidden rounded border border-line bg-surface-muted px-1.5 font-sans text-xs text-ink-muted sm:inline"
        >
          /
        </kbd>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <Palette onClose={closePalette} lastQuery={lastQuery} onType={setLastQuery} />
        </Suspense>
      ) : null}
    </>
  )
}
