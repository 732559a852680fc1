import { lazy, type ComponentType } from 'react'

/**
 * `lazy()` remembers a failed download for good; this one starts afresh after `retry()`, so a
 * part whose code could not load (offline, a flaky network) can load once the connection is back.
 */
export function retryableLazy<Props extends object>(
  load: () => Promise<{ default: ComponentType<Props> }>,
) {
  let Loaded = lazy(load)
  function RetryableLazy(props: Props) {
    return <Loaded {...props} />
  }
  return Object.assign(RetryableLazy, {
    retry: () => {
      Loaded = lazy(load)
    },
  })
}
