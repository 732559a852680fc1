import { datasetDownloadUrl } from '@/data/fetch-payload'

/** The whole dataset as one JSON file: a plain link, so it works without JavaScript. */
export function DatasetDownload() {
  return (
    <div className="flex flex-col gap-3 rounded-xl border border-line bg-surface-muted p-4 sm:flex-row sm:items-center sm:justify-between sm:p-5">
      <div className="space-y-1">
        <p className="font-semibold">The whole dataset, as JSON</p>
        <p className="text-sm text-ink-muted">
          Sources, works, people, credits, events, ratings, charts and awards, each fact with the
          ids of the sources that support it.
        </p>
      </div>
      <a
        href={datasetDownloadUrl()}
        download="ballerina-dataset.json"
        className="inline-flex min-h-11 shrink-0 items-center justify-center gap-2 rounded-lg bg-accent px-5 font-semibold text-accent-ink no-underline hover:opacity-90"
      >
        <span aria-hidden="true">↓</span> Download the dataset
      </a>
    </div>
  )
}
