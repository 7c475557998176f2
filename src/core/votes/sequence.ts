import type { BallotState, BallotView } from '../../shared/votes.ts'
import { AppError } from '../../shared/errors.ts'
import { msg, type Message } from '../../shared/messages.ts'
import type { StoredBallot, StoredCount } from './vote-repo.ts'

export type Outcome = NonNullable<BallotView['outcome']>

/** From a final count: passed / failed where the method sets a pass mark, decided otherwise. */
export function outcomeOf(count: StoredCount | undefined): Outcome | null {
  if (count?.status !== 'final' || !count.result) return null
  if (count.result.passes === true) return 'passed'
  if (count.result.passes === false) return 'failed'
  return 'decided'
}

/** What the ballots of the assembly look like to the sequence rules: each one's current count. */
export type SequenceLookup = (ballotId: number) => { ballot: StoredBallot; current: StoredCount } | undefined

/**
 * Sequential ballots (Ireland 2017: "the draft ballot is sequential in nature"): a ballot that
 * opens after another waits until that one's count is final, and, when it opens only on an
 * outcome (passed / failed), is never reached if the other outcome came out.
 */
export function ballotState(
  ballot: StoredBallot,
  current: StoredCount,
  lookup: SequenceLookup,
): { state: BallotState; waitingFor: Message | null } {
  if (current.status === 'final') return { state: 'decided', waitingFor: null }
  const after = ballot.spec.opensAfter
  if (!after) return { state: 'open', waitingFor: null }
  const earlier = lookup(after.ballotId)
  if (!earlier) return { state: 'open', waitingFor: null }
  const title = earlier.ballot.spec.title
  const outcome = outcomeOf(earlier.current)
  if (outcome === null) {
    const waitingFor =
      after.when === 'passed'
        ? msg('sequence.opensIfPasses', { title })
        : after.when === 'failed'
          ? msg('sequence.opensIfFails', { title })
          : msg('sequence.opensOnceDecided', { title })
    return { state: 'waiting', waitingFor }
  }
  if (after.when === 'passed' && outcome !== 'passed')
    return { state: 'waiting', waitingFor: msg('sequence.notReachedFailed', { title }) }
  if (after.when === 'failed' && outcome !== 'failed')
    return { state: 'waiting', waitingFor: msg('sequence.notReachedPassed', { title }) }
  return { state: 'open', waitingFor: null }
}

/** The refusal to enter or count votes in a ballot that waits for another. */
export function notOpenYet(waitingFor: Message | null): AppError {
  return new AppError(
    'invalid-input',
    waitingFor ? msg('ballot.notOpenYetBecause', { reason: waitingFor }) : msg('ballot.notOpenYet'),
  )
}
