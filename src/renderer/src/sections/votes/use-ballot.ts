import { useCallback, useEffect, useState } from 'react'
import type { BallotView, CountView } from '../../../../shared/votes.ts'
import { call } from '../../api.ts'
import { errorMessage } from '../../i18n/errors.ts'

/** One ballot as the app holds it; a count returned by an entry command replaces the current count. */
export function useBallot(id: number, onChanged: (ballot: BallotView) => void) {
  const [ballot, setBallot] = useState<BallotView | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(() => {
    call('ballots:get', { id }).then(
      (loaded) => {
        setError(null)
        setBallot(loaded)
      },
      (failure: unknown) => setError(errorMessage(failure)),
    )
  }, [id])
  useEffect(reload, [reload])

  const replace = useCallback(
    (next: BallotView) => {
      setBallot(next)
      onChanged(next)
    },
    [onChanged],
  )

  const setCount = useCallback((count: CountView) => {
    setBallot((current) => {
      if (!current) return current
      const counts = current.counts.map((c) => (c.countNo === count.countNo ? count : c))
      return { ...current, counts }
    })
  }, [])

  return { ballot, error, reload, replace, setCount }
}

/** The count being entered or last recorded: the last in the list. */
export function currentCount(ballot: BallotView): CountView | null {
  return ballot.counts[ballot.counts.length - 1] ?? null
}
