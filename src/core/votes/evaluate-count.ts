import type { TallyResult } from '../../shared/tally-result.ts'
import { messageOfError } from '../../shared/errors.ts'
import { msg, sentences, type Message } from '../../shared/messages.ts'
import type { BallotSpec, PaperBallotView, Reconciliation } from '../../shared/votes.ts'
import type { Election } from '../tally/election.ts'
import { tallyElection } from '../tally/tally-election.ts'
import { ballotElection, type CountTotals } from './ballot-election.ts'
import { describeDifferences, reconcile } from './reconcile.ts'
import { tableName } from './validate-entries.ts'
import type { StoredCount } from './vote-repo.ts'

export type CountEvaluation = {
  totals: CountTotals
  /** The result of the entries (null when there is none to show). */
  result: TallyResult | null
  /** Why there is no result, or why the one shown is provisional, in plain words. */
  problem: Message | null
  /** Why the count cannot be finalised yet; empty when it can. */
  refusals: Message[]
  election: Election | null
  reconciliation: Reconciliation | null
}

export type EvaluateOptions = {
  /** Count the entries (false for a recorded count: its result is the recorded one). */
  compute: boolean
  /** The seed a `random` tie-break uses (default: the count's). */
  tieSeed?: string | null
}

/**
 * Everything the app says about one count of a ballot: its totals, its live result, what is
 * still missing. Papers count only when operators A and B agree; while they do not, the result
 * shown is operator A's entries and `problem` says so. Never throws for bad entries: a count
 * that cannot be made yet says why in `problem`.
 */
export function evaluateCount(
  ballotId: number,
  spec: BallotSpec,
  count: StoredCount,
  papers: { a: readonly PaperBallotView[]; b: readonly PaperBallotView[] },
  options: EvaluateOptions,
): CountEvaluation {
  const refusals: Message[] = []
  const notes: Message[] = []
  let reconciliation: Reconciliation | null = null
  let counted: readonly PaperBallotView[] = []
  let entered: boolean
  if (spec.entry === 'papers') {
    const rec = reconcile(papers.a, papers.b)
    const { agreedPapers, ...view } = rec
    reconciliation = view
    entered = papers.a.length + papers.b.length > 0
    if (rec.differences.length === 0) counted = agreedPapers
    else {
      counted = papers.a
      if (papers.b.length === 0 && papers.a.length > 0) refusals.push(msg('count.operatorBMissing'))
      else if (papers.a.length === 0) refusals.push(msg('count.operatorAMissing'))
      else refusals.push(msg('count.reconcileFirst', { differences: describeDifferences(rec.differences) }))
      if (papers.a.length > 0) notes.push(msg('count.operatorAOnly'))
    }
  } else {
    entered = count.tables.length > 0
    count.tables.forEach((table, i) => {
      if (spec.kind === 'approval' && table.ballots === null)
        refusals.push(msg('count.ballotsCastNeeded', { table: tableName(table.label, i) }))
    })
  }

  let election: Election | null = null
  let totals: CountTotals = { cast: 0, valid: 0, abstain: 0, blank: 0, spoiled: 0 }
  let result: TallyResult | null = null
  try {
    const built = ballotElection(ballotId, spec, {
      tables: count.tables,
      papers: counted,
      present: count.present,
      tieSeed: options.tieSeed === undefined ? count.tieSeed : options.tieSeed,
      tieBreaks: count.tieBreaks,
    })
    election = built.election
    totals = built.totals
    if (options.compute && entered && totals.cast > 0) {
      result = tallyElection(election)
      // Approval totals per table are marks, one ballot per mark for the method; the share of an
      // option is of the ballots cast (dot voting: "33 of 60 ballots"), not of all marks.
      if (spec.kind === 'approval' && spec.entry === 'counts') result.total_ballots = totals.valid
    }
  } catch (error) {
    refusals.push(messageOfError(error))
  }

  if (!entered || totals.cast === 0) refusals.unshift(msg('count.noVotes'))
  if (spec.entry === 'counts' && count.declaredTotal !== null && totals.cast !== count.declaredTotal)
    refusals.push(msg('count.tablesVsDeclared', { cast: totals.cast, declared: count.declaredTotal }))
  if (count.present !== null && totals.cast > count.present)
    refusals.push(msg('count.castAbovePresent', { cast: totals.cast, present: count.present }))
  if (spec.quorum !== null) {
    if (count.present === null) refusals.push(msg('count.presentForQuorum', { quorum: spec.quorum }))
    else if (count.present < spec.quorum)
      refusals.push(msg('count.quorumNotMet', { present: count.present, quorum: spec.quorum }))
  }
  const tieSeed = options.tieSeed === undefined ? count.tieSeed : options.tieSeed
  if (result?.tie_breaks?.length && spec.tieBreak.trim() === 'random' && tieSeed === null)
    notes.push(msg('count.tieByLotLater'))

  const said = [...refusals, ...notes]
  return {
    totals,
    result,
    problem: said.length > 0 ? sentences(said) : null,
    refusals,
    election,
    reconciliation,
  }
}
