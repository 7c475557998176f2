import type Database from 'better-sqlite3'
import { AppError, messageOfError } from '../../shared/errors.ts'
import { english, msg } from '../../shared/messages.ts'
import { toVoteVector } from '../tally/format/write-vote-vector.ts'
import { ballotElection } from './ballot-election.ts'
import { reconcile } from './reconcile.ts'
import { currentCount, getBallot, listPapers } from './vote-repo.ts'

/**
 * A ballot and its current count as a vote-vector/1 document, so the count can be checked in
 * another tool: the settings, the ballots both operators agree on (or the tables' totals), and,
 * once the count is final, its recorded result as `expected` (with the lots it drew as
 * `forced_tiebreaks`, so a recount elsewhere reproduces them).
 */
export function exportBallotVector(sqlite: Database.Database, ballotId: number): string {
  const ballot = getBallot(sqlite, ballotId)
  const count = currentCount(sqlite, ballotId)
  const { agreedPapers } = reconcile(
    listPapers(sqlite, ballotId, count.countNo, 'A'),
    listPapers(sqlite, ballotId, count.countNo, 'B'),
  )
  let built
  try {
    built = ballotElection(ballotId, ballot.spec, {
      tables: count.tables,
      papers: agreedPapers,
      present: count.present,
      tieSeed: count.tieSeed,
      tieBreaks: count.tieBreaks,
    })
  } catch (error) {
    throw new AppError('invalid-input', msg('ballot.cannotExport', { reason: messageOfError(error) }))
  }
  const final = count.status === 'final' ? count.result : null
  const doc = toVoteVector(built.election, final ?? undefined)
  if (final?.tie_breaks?.length) doc.expected = { ...doc.expected, forced_tiebreaks: final.tie_breaks }
  const { totals } = built
  const state = msg(count.status === 'final' ? 'voteExport.final' : 'voteExport.entering')
  const notes = [
    msg('voteExport.source', { ballot: ballotId, countNo: count.countNo, state }),
    msg('voteExport.totals', { ...totals }),
  ]
  if (ballot.spec.entry === 'counts' && ballot.spec.kind === 'approval')
    notes.push(msg('voteExport.approvalsAsBallots'))
  if (count.present !== null) notes.push(msg('voteExport.present', { present: count.present }))
  doc.notes = notes.map(english).join(' ')
  if (count.resultHash) doc.source = { kind: 'kleroterion', resultHash: count.resultHash }
  return `${JSON.stringify(doc, null, 2)}\n`
}
