import { useState } from 'react'
import { useLocation } from 'react-router'
import { cn } from '@/lib/cn'
import { shareBox } from './share-button'
import { outcomeText, publicPageUrl, shareOrCopy, type ShareOutcome } from './share-link'

/** Shares the page as it is shown, its filters and all, under the title the page has. */
export function ShareControl({ text, className }: { text: string; className?: string }) {
  const { pathname, search, hash } = useLocation()
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null)

  const share = async () => {
    setOutcome(null)
    const url = publicPageUrl(pathname + search + hash)
    setOutcome(await shareOrCopy({ title: document.title, text, url }))
  }
  return (
    <span className={cn(shareBox, className)}>
      <button
        type="button"
        onClick={() => void share()}
        className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-line bg-surface px-4 font-semibold text-ink hover:border-accent"
      >
        <ShareIcon />
        Share
      </button>
      <span aria-live="polite" className="text-sm text-ink-muted">
        {outcome ? outcomeText[outcome] : ''}
      </span>
    </span>
  )
}

function ShareIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="size-4"
      fill="none"
      stroke="currentColor"
    >
      <path strokeWidth="1.8" strokeLinecap="round" d="M10 13V3m0 0L6.5 6.5M10 3l3.5 3.5" />
      <path strokeWidth="1.8" strokeLinecap="round" d="M5 10H4v7h12v-7h-1" />
    </svg>
  )
}
