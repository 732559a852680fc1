import { Component, type ReactNode } from 'react'

/** A part of a page that could not load: what failed, and a button to try again. */
export function LoadFailure({ what, onRetry }: { what: string; onRetry: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <p className="text-ink-muted">{what} could not load. Check the connection, then try again.</p>
      <button
        type="button"
        onClick={onRetry}
        className="inline-flex min-h-11 items-center rounded-lg border border-line px-4 font-semibold text-ink"
      >
        Retry
      </button>
    </div>
  )
}

type Props = { what: string; onRetry: () => void; children: ReactNode }

/**
 * Keeps a failure to load one part (its code, say) inside that part, so the rest of the page
 * stays usable; Retry renders the part again after `onRetry` has prepared a fresh attempt.
 */
export class LoadFailureBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override render() {
    if (!this.state.failed) return this.props.children
    const retry = () => {
      this.props.onRetry()
      this.setState({ failed: false })
    }
    return <LoadFailure what={this.props.what} onRetry={retry} />
  }
}
