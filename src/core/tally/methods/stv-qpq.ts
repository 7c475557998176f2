import type { Election } from '../election.ts'
import { DecimalArithmetic, type Decimal } from './fixed-decimal.ts'
import { DroopRecord, indexRanking, type DroopOutcome } from './stv-droop-stage.ts'

/**
 * Quota Preferential by Quotient (Woodall, Voting matters 17; Droop "qpq"), in guarded
 * arithmetic: nine places plus nine guard digits, values within half a unit of the ninth place
 * comparing equal.
 * - 2.2 every ballot has so far elected 0 candidates.
 * - 2.3 each ballot contributes to its topmost hopeful candidate c; c's quotient is
 *   qc = vc ÷ (1 + tc), vc the number of ballots contributing to c, tc the sum of the fractions
 *   of a candidate those ballots have elected so far.
 * - 2.4 quota = va ÷ (1 + seats − tx), va the active ballots (naming a hopeful candidate), tx the
 *   fractions of candidates elected by inactive ballots.
 * - 2.5a the candidate with the highest quotient, if above the quota, is elected (ties: tie
 *   order) and each of their ballots is now deemed to have elected 1 ÷ qc candidates;
 * - 2.5b otherwise the candidate with the smallest quotient (ties: tie order) is excluded, and the
 *   count restarts from the beginning without them: every provisional election is undone and
 *   every ballot has again elected nothing.
 * - 2.6 the count ends when the seats are filled or no more hopeful candidates remain than seats
 *   (they are then elected).
 * The tie order is the listed order. The quota reported is the initial one. Stages carry the
 * candidates' quotients; an election undone by a restart stays in the stages but not among the
 * winners.
 */
export function qpqCount(election: Election): DroopOutcome {
  const A = new DecimalArithmetic(9, 9)
  const candidates = election.candidates
  const index = new Map(candidates.map((c, i) => [c, i]))
  const seats = election.seats
  const status = candidates.map((): 'hopeful' | 'elected' | 'defeated' => 'hopeful')
  const quotient: Decimal[] = candidates.map(() => 0n)
  const ballots = election.rankings
    .map((b) => ({
      ranking: indexRanking(b.ranking, index),
      multiplier: A.int(b.count),
      weight: 0n,
      position: 0,
    }))
    .filter((b) => b.ranking.length > 0)
  type Ballot = (typeof ballots)[number]
  const top = (b: Ballot) => (b.position < b.ranking.length ? (b.ranking[b.position] as number) : -1)
  const transfer = (b: Ballot) => {
    while (b.position < b.ranking.length && status[b.ranking[b.position] as number] !== 'hopeful')
      b.position++
  }
  let round = 0
  const seatsIn = A.int(1 + seats)
  let quota = A.div(A.sum(ballots.map((b) => b.multiplier)), seatsIn)
  const initialQuota = quota
  const record = new DroopRecord(() => ({
    round,
    quota: A.toNumber(quota),
    votes: new Map(candidates.map((c, j) => [c, A.toNumber(quotient[j] as Decimal)])),
  }))
  const inState = (s: string) => candidates.flatMap((_, i) => (status[i] === s ? [i] : []))
  const seatsLeft = () => seats - inState('elected').length
  const complete = () => seatsLeft() <= 0 || inState('hopeful').length <= seatsLeft()
  const elect = (i: number) => {
    status[i] = 'elected'
    record.elect(candidates[i] as string)
  }
  const defeat = (i: number) => {
    status[i] = 'defeated'
    record.defeat(candidates[i] as string)
  }

  let restart = true
  while (!complete()) {
    round++
    if (restart) {
      restart = false
      for (const i of inState('elected')) status[i] = 'hopeful'
      record.undoElections()
      for (const b of ballots) {
        b.position = 0
        b.weight = 0n
        transfer(b)
      }
    }
    // 2.3, 2.4
    let tx = 0n
    let va = 0n
    const vc = candidates.map(() => 0n)
    const tc = candidates.map(() => 0n)
    for (const b of ballots) {
      const c = top(b)
      if (c < 0) tx += A.mul(b.weight, b.multiplier)
      else {
        va += b.multiplier
        tc[c] = (tc[c] as Decimal) + A.mul(b.weight, b.multiplier)
        vc[c] = (vc[c] as Decimal) + b.multiplier
      }
    }
    const hopeful = inState('hopeful')
    for (const i of hopeful) quotient[i] = A.div(vc[i] as Decimal, A.one + (tc[i] as Decimal))
    quota = A.div(va, seatsIn - tx)
    const q = (i: number) => quotient[i] as Decimal
    const high = hopeful.reduce((m, i) => (A.gt(q(i), m) ? q(i) : m), q(hopeful[0] as number))
    if (A.gt(high, quota)) {
      // 2.5a
      const chosen = hopeful.find((i) => A.eq(q(i), high)) as number
      elect(chosen)
      const weight = A.div(A.one, q(chosen))
      for (const b of ballots)
        if (top(b) === chosen) {
          b.weight = weight
          transfer(b)
        }
    } else {
      // 2.5b
      const low = hopeful.reduce((m, i) => (A.lt(q(i), m) ? q(i) : m), q(hopeful[0] as number))
      const loser = hopeful.find((i) => A.eq(q(i), low)) as number
      defeat(loser)
      for (const b of ballots) if (top(b) === loser) transfer(b)
      restart = true
    }
  }
  if (inState('hopeful').length <= seatsLeft()) for (const i of inState('hopeful')) elect(i)
  for (const i of inState('hopeful')) defeat(i)
  return record.outcome('qpq', A.toNumber(initialQuota))
}
