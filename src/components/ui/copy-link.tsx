/**
 * A link to an item of the page (`#jeon-jong-seo`). The app turns a click into copying the
 * item's public address (features/share/copy-links.ts); before it runs, or without JavaScript,
 * the link still leads to the item, whose address the browser then shows.
 */
export function CopyLink({ id, label }: { id: string; label: string }) {
  return (
    <a
      href={`#${id}`}
      data-copy-link
      className="relative z-10 inline-flex min-h-6 items-center text-xs font-medium text-ink-muted underline decoration-dotted underline-offset-2 hover:text-accent"
    >
      Copy link<span className="sr-only"> to {label}</span>
    </a>
  )
}

/** A fragment id from a key that may hold characters ids should not (`work:x:facts:0`). */
export function fragmentId(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]+/g, '-')
}
