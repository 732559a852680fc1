import type { WorkPayload } from '@/data/payload-types'
import { isFiltered } from '../cast-filter'
import { CastList, useCastAddress } from '../cast-view'
import { MoreCredits } from './more-credits'
import { useWorkCredits } from './use-work-credits'

/**
 * The cast list of a work whose credits fill several pages: the next page as the reader reaches
 * the end of the list, every page for a filter, which covers the whole cast, or for a fragment,
 * whose card could be on any of them.
 */
export function PagedCastView({ payload }: { payload: WorkPayload }) {
  const { filter, target } = useCastAddress()
  const wantsAll = isFiltered(filter) || target !== ''
  const { credits, complete, loading, failed, loadMore, retry } = useWorkCredits(payload, {
    all: wantsAll,
  })
  return (
    <CastList
      payload={payload}
      credits={credits}
      complete={complete}
      loadingAll={wantsAll && !complete && !failed}
      footer={
        !complete && (
          <MoreCredits
            listed={credits.length}
            creditCount={payload.creditCount}
            loading={loading}
            failed={failed}
            onMore={wantsAll ? undefined : loadMore}
            onRetry={retry}
          />
        )
      }
    />
  )
}
