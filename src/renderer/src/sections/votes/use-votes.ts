import { useCallback, useEffect, useState } from 'react'
import type { BallotView, RecommendationView, VotesOverview } from '../../../../shared/votes.ts'
import { call } from '../../api.ts'
import { errorMessage } from '../../i18n/errors.ts'

/** The recommendations, their ballots and the size of the assembly, reloaded after each change. */
export function useVotes() {
  const [data, setData] = useState<VotesOverview | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(() => {
    call('votes:overview', undefined).then(
      (overview) => {
        setError(null)
        setData(overview)
      },
      (failure: unknown) => setError(errorMessage(failure)),
    )
  }, [])
  useEffect(reload, [reload])

  /** Puts a recommendation the app returned in place, without waiting for a reload. */
  const putRecommendation = useCallback((rec: RecommendationView) => {
    setData((current) => {
      if (!current) return current
      const others = current.recommendations.filter((r) => r.id !== rec.id)
      return { ...current, recommendations: [...others, rec] }
    })
  }, [])

  /** Puts a ballot the app returned in place. */
  const putBallot = useCallback((ballot: BallotView) => {
    setData((current) => {
      if (!current) return current
      const exists = current.ballots.some((b) => b.id === ballot.id)
      const ballots = exists
        ? current.ballots.map((b) => (b.id === ballot.id ? ballot : b))
        : [...current.ballots, ballot]
      return { ...current, ballots }
    })
  }, [])

  return { data, error, reload, putRecommendation, putBallot }
}

export type VotesState = ReturnType<typeof useVotes>

/** Natural order of recommendation codes: R2 before R10, 3.2 before 3.10. */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })
}
