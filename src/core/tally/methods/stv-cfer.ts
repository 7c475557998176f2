import type { Election } from '../election.ts'
import type { DroopOutcome } from './stv-droop-stage.ts'
import { FixedWigmCount } from './wigm-fixed-base.ts'

/**
 * CfER "choice voting" (Californians for Electoral Reform draft Elections Code §10059, Droop
 * "cfer"; "cfer-batch" adds the optional batch defeat of §10059(k)). Fixed-point arithmetic with
 * five places, products and quotients truncated.
 * - (a)(2) threshold = valid ballots ÷ (seats + 1), truncated, plus 0.00001 (Droop's reading).
 * - (c) in the first round, if no more candidates than seats, all are elected.
 * - (d) every continuing candidate at or above the threshold is elected, highest vote first;
 *   one above it has a surplus to transfer.
 * - (e) once the seats are filled the rest are defeated.
 * - (f)/(k) batch only: the largest defeat set (lowest candidates) such that (1) enough
 *   candidates remain for the seats, (2) its votes plus the total surplus are fewer than the
 *   lowest candidate outside it, and (3) either one seat is left, or the rest exactly fill the
 *   seats, or its votes plus the total surplus are fewer than the threshold minus the leading
 *   candidate's votes, or (with no surplus) its votes minus its own highest are; defeated in
 *   listed order.
 * - (g) otherwise every elected candidate with a surplus (listed order) transfers it: each paper
 *   moves on at value × surplus ÷ votes; the candidate keeps the threshold.
 * - (h) otherwise the lowest candidate is defeated (ties by lot: the listed order here).
 * - (i) after defeats, if the continuing and elected candidates just fill the seats, the
 *   continuing ones are elected; else the defeated candidates' papers move on.
 */
export function cferCount(election: Election, batch: boolean): DroopOutcome {
  const w = new FixedWigmCount(election, 5, (s) => s === 'hopeful')
  const A = w.A
  w.quota = A.div(A.int(w.nBallots), A.int(w.seats + 1)) + A.epsilon
  w.start()

  const defeatSet = (): string[] => {
    const surplus = w.pendingSurplus()
    const cands = w.byVote(w.hopeful())
    const nElected = w.electedCount()
    const top = w.vote(cands[cands.length - 1] as string)
    let chosen: string[] = []
    let votes = 0n
    for (let t = 0; t < cands.length - 1; t++) {
      const c = cands[t] as string
      votes += w.vote(c)
      const next = cands[t + 1] as string
      const outside = cands.length - (t + 1)
      if (outside + nElected < w.seats) break // (1)
      if (A.ge(votes + surplus, w.vote(next))) continue // (2)
      if (
        nElected + 1 === w.seats || // (3)(A)
        outside + nElected === w.seats || // (3)(B)
        A.lt(votes + surplus, w.quota - top) || // (3)(C)
        (A.eq(surplus, 0n) && A.lt(votes - w.vote(c), w.quota - top)) // (3)(D)
      )
        chosen = cands.slice(0, t + 1)
    }
    return chosen
  }

  for (;;) {
    w.round++
    if (w.round === 1 && w.hopeful().length <= w.seats) {
      for (const c of w.hopeful()) w.elect(c)
      break
    }
    // (d)
    for (const c of w.byVoteDescending(w.hopeful()))
      if (A.ge(w.vote(c), w.quota)) w.elect(c, A.gt(w.vote(c), w.quota))
    // (e)
    if (w.electedCount() >= w.seats) {
      for (const c of w.pending()) w.unpend(c)
      for (const c of w.hopeful()) w.defeat(c)
      break
    }
    // (f)
    let defeats = batch ? defeatSet() : []
    if (defeats.length > 0) for (const c of w.byBallotOrder(defeats)) w.defeat(c)
    else if (w.pending().length > 0) {
      // (g)
      for (const c of w.pending()) {
        w.unpend(c)
        w.transferSurplus(c)
      }
    } else {
      // (h)
      const loser = w.lowest(w.hopeful())
      w.defeat(loser)
      defeats = [loser]
    }
    // (i)
    if (defeats.length > 0) {
      if (w.hopeful().length + w.electedCount() <= w.seats) {
        for (const c of w.pending()) w.unpend(c)
        for (const c of w.hopeful()) w.elect(c)
        break
      }
      w.transferDefeated(defeats)
    }
  }
  return w.outcome(batch ? 'cfer-batch' : 'cfer')
}
