import { useEffect } from 'react'
import type { CountView } from '../../../../shared/votes.ts'
import { call } from '../../api.ts'
import { notifyError } from '../../state/notify-error.ts'

/**
 * When no session's attendance gives the members present and none were typed, they default to
 * the confirmed panel, typed in once (and shown as typed) so the quorum can be checked.
 */
export function useDefaultPresent(
  ballotId: number,
  count: CountView,
  members: number | null,
  onCount: (count: CountView) => void,
): void {
  useEffect(() => {
    if (count.status !== 'entering' || count.present !== null || members === null) return
    if (count.presentFrom.session !== null) return
    call('count:setPresent', { ballotId, present: members }).then(onCount).catch(notifyError)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the entry opens
  }, [])
}
