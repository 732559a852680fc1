import { useState } from 'react'
import { useLocation, useNavigationType } from 'react-router'
import { useHydrated } from './use-hydrated'

/**
 * The state of a history entry a text field wrote itself (by typing or by submitting): pass it
 * as the navigation's `state`, and useAddressDraft leaves the field alone when the entry arrives.
 */
export const fieldEntryState = { writtenByField: true }

const isFieldEntry = (state: unknown) =>
  typeof state === 'object' && state !== null && 'writtenByField' in state

/**
 * What a text field shows, kept apart from what the address says: the field shows what is typed
 * at once and the address follows. When the address changes any other way (hydration, Back,
 * Forward, a link), the field takes the address's value again; when it arrives at an entry the
 * field wrote, it keeps its text, which the reader may have typed on since.
 */
export function useAddressDraft(addressValue: string) {
  const hydrated = useHydrated()
  const location = useLocation()
  const navigationType = useNavigationType()
  const [draft, setDraft] = useState(addressValue)
  const version = `${hydrated}:${location.key}`
  const [seenVersion, setSeenVersion] = useState(version)
  if (seenVersion !== version) {
    setSeenVersion(version)
    if (navigationType === 'POP' || !isFieldEntry(location.state)) setDraft(addressValue)
  }
  return [draft, setDraft] as const
}
