import type { BallotView } from '../../shared/votes.ts'
import type { BallotOutcome } from './report-model.ts'

/**
 * A ballot's outcome as its final count recorded it: passed or not, the share in favour (to one
 * decimal, as the results screen rounds it) and the band. Nothing is counted again.
 */
export function ballotOutcome(ballot: BallotView): BallotOutcome | null {
  const count = ballot.counts.at(-1)
  const result = count?.status === 'final' ? count.result : null
  if (!result) return null
  return {
    passed:
      result.passes ?? (ballot.outcome === 'passed' ? true : ballot.outcome === 'failed' ? false : null),
    percent: result.agree_percent === undefined ? null : Math.round(result.agree_percent * 10) / 10,
    band: result.band ?? null,
  }
}
