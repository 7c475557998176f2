import { confirmedCount, hasCompletedDraw } from '../draw/draw-repo.ts'
import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { BallotView, CountView, VotesOverview } from '../../shared/votes.ts'
import { evaluateCount } from './evaluate-count.ts'
import { listRecommendations } from './recommendation-repo.ts'
import { ballotState, outcomeOf, type SequenceLookup } from './sequence.ts'
import {
  ballotExists,
  currentCount,
  getBallot,
  listBallots,
  listCounts,
  listPapers,
  type StoredBallot,
  type StoredCount,
} from './vote-repo.ts'

/** A count as the screens show it: the live result while entering, the recorded one once final. */
export function countView(sqlite: Database.Database, ballot: StoredBallot, count: StoredCount): CountView {
  const a = listPapers(sqlite, ballot.id, count.countNo, 'A')
  const b = listPapers(sqlite, ballot.id, count.countNo, 'B')
  const entering = count.status === 'entering'
  const evaluation = evaluateCount(ballot.id, ballot.spec, count, { a, b }, { compute: entering })
  const { quorum } = ballot.spec
  return {
    countNo: count.countNo,
    status: count.status,
    startedAt: count.startedAt,
    finalisedAt: count.finalisedAt,
    reason: count.reason,
    present: count.present,
    presentFrom: count.presentFrom,
    declaredTotal: count.declaredTotal,
    tables: count.tables,
    papers: { a: a.length, b: b.length },
    cast: evaluation.totals.cast,
    quorumMet: quorum === null || count.present === null ? null : count.present >= quorum,
    result: entering ? evaluation.result : count.result,
    problem: entering ? evaluation.problem : null,
    resultHash: count.resultHash,
  }
}

/** The sequence rules need each ballot's current count. */
export function sequenceLookup(sqlite: Database.Database): SequenceLookup {
  return (id) => {
    if (!ballotExists(sqlite, id)) return undefined
    return { ballot: getBallot(sqlite, id), current: currentCount(sqlite, id) }
  }
}

export function ballotView(sqlite: Database.Database, ballot: StoredBallot): BallotView {
  const counts = listCounts(sqlite, ballot.id)
  const current = counts[counts.length - 1]
  if (!current) throw new AppError('internal', msg('ballot.noCount', { id: ballot.id }))
  const { state, waitingFor } = ballotState(ballot, current, sequenceLookup(sqlite))
  return {
    id: ballot.id,
    recommendationId: ballot.recommendationId,
    spec: ballot.spec,
    state,
    waitingFor,
    outcome: outcomeOf(current),
    counts: counts.map((count) => countView(sqlite, ballot, count)),
    createdAt: ballot.createdAt,
  }
}

export function getBallotView(sqlite: Database.Database, id: number): BallotView {
  return ballotView(sqlite, getBallot(sqlite, id))
}

/** Confirmed panel members: the size of the assembly, once a draw exists. */
export function confirmedMembers(sqlite: Database.Database): number | null {
  if (!hasCompletedDraw(sqlite)) return null
  return confirmedCount(sqlite)
}

export function votesOverview(sqlite: Database.Database): VotesOverview {
  return {
    recommendations: listRecommendations(sqlite),
    ballots: listBallots(sqlite).map((ballot) => ballotView(sqlite, ballot)),
    members: confirmedMembers(sqlite),
  }
}
