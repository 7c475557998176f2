import type { Election } from '../election.ts'
import type { DroopOutcome } from './stv-droop-stage.ts'
import { FixedWigmCount } from './wigm-fixed-base.ts'

/**
 * The PR Foundation's reference WIGM rule (Droop "wigm-prf"; "wigm-prf-batch" adds the optional
 * defeat of sure losers, B.2). Fixed-point arithmetic with four places, every product and
 * quotient truncated (D.4).
 * - A.1 quota = valid ballots ÷ (seats + 1), truncated, plus 0.0001; a candidate needs at least
 *   the quota.
 * - B.1 every hopeful candidate with a quota becomes pending (elected, surplus to transfer),
 *   highest vote first.
 * - B.2 (batch only) the largest set of lowest hopeful candidates that (a) leaves enough hopeful
 *   candidates for the seats left, (b) does not split candidates whose votes differ by no more
 *   than the total surplus, and (c) together with the total pending surplus has fewer votes than
 *   the lowest hopeful candidate outside it, is defeated (in listed order) and transferred.
 * - B.3 otherwise the pending candidate with the largest surplus (ties: tie order) is elected and
 *   every one of their papers moves on at weight × surplus ÷ votes.
 * - B.4 otherwise the lowest hopeful candidate (ties: tie order) is defeated and transferred.
 * - D.3 the count ends when the seats are filled or no more hopeful candidates remain than seats;
 *   then pending candidates are elected and the rest elected or defeated (C).
 * Ties are broken by the tie order, which is the listed order of the candidates.
 */
export function wigmPrfCount(election: Election, batch: boolean): DroopOutcome {
  const w = new FixedWigmCount(election, 4, (s) => s === 'hopeful')
  const A = w.A
  w.quota = A.div(A.int(w.nBallots), A.int(w.seats + 1)) + A.epsilon
  w.start()

  const sureLosers = (): string[] => {
    const surplus = w.pendingSurplus()
    const groups: string[][] = []
    let group: string[] = []
    let base = 0n
    for (const c of w.byVote(w.hopeful())) {
      if (A.ge(base + surplus, w.vote(c))) group.push(c)
      else {
        if (group.length > 0) groups.push(group)
        group = [c]
        base = w.vote(c)
      }
    }
    if (group.length > 0) groups.push(group)
    const maxDefeat = w.hopeful().length - w.seatsLeft()
    let total = 0n
    let count = 0
    let last = -1
    for (let g = 0; g < groups.length - 1; g++) {
      const members = groups[g] as string[]
      count += members.length
      if (count > maxDefeat) break
      total += A.sum(members.map((c) => w.vote(c)))
      if (A.lt(total + surplus, w.vote((groups[g + 1] as string[])[0] as string))) last = g
    }
    return groups.slice(0, last + 1).flat()
  }

  while (w.hopeful().length > w.seatsLeft() && w.seatsLeft() > 0) {
    w.round++
    // B.1
    for (const c of w.byVoteDescending(w.hopeful())) if (A.ge(w.vote(c), w.quota)) w.elect(c, true)
    // B.2
    if (batch) {
      const losers = sureLosers()
      if (losers.length > 0) {
        for (const c of w.byBallotOrder(losers)) w.defeat(c)
        if (w.hopeful().length <= w.seatsLeft()) break
        w.transferDefeated(losers)
        continue
      }
    }
    const pending = w.pending()
    if (pending.length > 0) {
      // B.3
      const chosen = w.highest(pending)
      w.unpend(chosen)
      w.transferSurplus(chosen)
    } else if (w.hopeful().length > 0) {
      // B.4
      const loser = w.lowest(w.hopeful())
      w.defeat(loser)
      w.transferDefeated([loser])
    }
  }
  // C
  for (const c of w.pending()) w.unpend(c)
  for (const c of w.hopeful()) {
    if (w.electedCount() < w.seats) w.elect(c)
    else w.defeat(c)
  }
  return w.outcome(batch ? 'wigm-prf-batch' : 'wigm-prf')
}
