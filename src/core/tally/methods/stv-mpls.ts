import type { Election } from '../election.ts'
import type { DroopOutcome } from './stv-droop-stage.ts'
import { FixedWigmCount } from './wigm-fixed-base.ts'

/**
 * Minneapolis multiple-seat STV (Code of Ordinances ch. 167, §167.20 and §167.70; Droop "mpls").
 * Fixed-point arithmetic with four places, surplus fractions and transfer values truncated.
 * - Threshold = floor(votes ÷ (seats + 1)) + 1, a whole number; a candidate needs at least it.
 * - (a) candidates at the threshold await their surplus transfer; once as many candidates have
 *   reached it as there are seats, counting stops.
 * - (c) every candidate for whom election is mathematically impossible is defeated at once:
 *   the largest group of lowest candidates (never splitting equal votes, leaving enough for the
 *   seats) whose votes plus all pending surpluses stay strictly below the next candidate
 *   (Droop's corrected reading: a group that could only tie is kept), listed order.
 * - (d) otherwise the candidate with the largest surplus (ties: tie order) is declared elected
 *   and every one of their papers moves on at value × surplus ÷ votes to the next continuing
 *   candidate — hopeful or still awaiting their own transfer.
 * - (e) otherwise the lowest candidate (ties: tie order) is defeated and transferred.
 * - (f) when the continuing candidates are no more than the seats left, counting stops: those at
 *   the threshold are elected highest vote first (as in (a)), then the others.
 * A candidate's election is declared (for the order of election) when their surplus is
 * transferred, or at the end.
 * The tie order is the listed order of the candidates.
 */
export function mplsCount(election: Election): DroopOutcome {
  const w = new FixedWigmCount(election, 4, (s) => s === 'hopeful' || s === 'pending')
  const A = w.A
  w.quota = A.int(Math.floor(w.nBallots / (w.seats + 1)) + 1)
  w.start()

  const certainLosers = (surplus: bigint): string[] => {
    const groups: string[][] = []
    let group: string[] = []
    let groupVote = 0n
    for (const c of w.byVote(w.hopeful())) {
      if (A.eq(w.vote(c), groupVote)) group.push(c)
      else {
        if (group.length > 0) groups.push(group)
        group = [c]
        groupVote = w.vote(c)
      }
    }
    if (group.length > 0) groups.push(group)
    const maxDefeat = w.hopeful().length - w.seatsLeft()
    let votes = 0n
    let losers: string[] = []
    const maybe: string[] = []
    for (let g = 0; g < groups.length - 1; g++) {
      const members = groups[g] as string[]
      maybe.push(...members)
      if (maybe.length > maxDefeat) break
      votes += w.vote(members[0] as string) * BigInt(members.length)
      if (A.ge(votes + surplus, w.vote((groups[g + 1] as string[])[0] as string))) continue
      losers = [...maybe]
    }
    return w.byBallotOrder(losers)
  }

  for (;;) {
    // (a)
    for (const c of w.byVoteDescending(w.hopeful())) if (A.ge(w.vote(c), w.quota)) w.hold(c)
    if (w.electedCount() >= w.seats) break
    w.round++
    // (b), (c)
    const losers = certainLosers(w.pendingSurplus())
    if (losers.length > 0) {
      for (const c of losers) w.defeat(c)
      w.transferDefeated(losers)
      if (w.hopeful().length <= w.seatsLeft()) break
      continue
    }
    // (d)
    const pending = w.pending()
    if (pending.length > 0) {
      const chosen = w.highest(pending)
      w.unpend(chosen, true)
      w.transferSurplus(chosen)
      continue
    }
    // (e)
    const hopeful = w.hopeful()
    if (hopeful.length > 0) {
      const loser = w.lowest(hopeful)
      w.defeat(loser)
      w.transferDefeated([loser])
    }
    // (f)
    if (w.hopeful().length <= w.seatsLeft()) break
  }
  // (a), (f): candidates at the threshold are elected, highest vote first; then the rest.
  for (const c of w.byVoteDescending(w.hopeful())) if (A.ge(w.vote(c), w.quota)) w.hold(c)
  for (const c of w.byVoteDescending(w.pending())) w.unpend(c, true)
  const rest = w.hopeful()
  if (rest.length > 0 && rest.length <= w.seatsLeft()) for (const c of rest) w.elect(c)
  for (const c of w.hopeful()) w.defeat(c)
  return w.outcome('mpls')
}
