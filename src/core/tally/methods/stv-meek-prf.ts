import type { Election } from '../election.ts'
import { DecimalArithmetic, type Decimal } from './fixed-decimal.ts'
import { DroopRecord, indexRanking, validBallots, type DroopOutcome } from './stv-droop-stage.ts'

/**
 * The PR Foundation's reference Meek rule (Droop "meek-prf"): fixed-point arithmetic with nine
 * places, omega = 0.000001, one defeat at a time.
 * - A. hopeful candidates have keep factor 1, defeated ones 0.
 * - B.2.a every ballot starts at weight 1 and, down its ranking, gives each candidate
 *   weight × keep factor (rounded up to nine places) until the weight is used up.
 * - B.2.b quota = total vote of hopeful and elected candidates ÷ (seats + 1), truncated, plus
 *   0.000000001.
 * - B.2.c every hopeful candidate with at least the quota is elected (the round ends).
 * - B.2.d total surplus = Σ (vote − quota) over elected candidates, at least 0.
 * - B.2.e the iteration stops when the surplus is below omega or (after the first) no longer
 *   falling; B.2.f otherwise each elected candidate's keep factor becomes
 *   keep factor × quota ÷ vote, each step rounded up, and the ballots are counted again.
 * - B.3 the lowest hopeful candidate is defeated — with any candidate whose vote is within the
 *   total surplus of the lowest counted as tied, broken by the tie order (listed order).
 * - C. when no more hopeful candidates remain than seats, they are elected; once the seats are
 *   full the rest are defeated.
 * The quota reported is the initial one (valid ballots ÷ (seats + 1) + 0.000000001).
 */
export function meekPrfCount(election: Election): DroopOutcome {
  const A = new DecimalArithmetic(9)
  const candidates = election.candidates
  const index = new Map(candidates.map((c, i) => [c, i]))
  const seats = election.seats
  const nBallots = validBallots(election)
  const omega = A.div(A.one, A.int(10 ** 6))
  const status = candidates.map((): 'hopeful' | 'elected' | 'defeated' => 'hopeful')
  const kf: Decimal[] = candidates.map(() => A.one)
  const votes: Decimal[] = candidates.map(() => 0n)
  // Each ballot as candidate indexes, stopping at a position naming several candidates.
  const ballots = election.rankings.map((b) => ({
    ranking: indexRanking(b.ranking, index),
    count: BigInt(b.count),
  }))
  let round = 0
  let quota = A.div(A.int(nBallots), A.int(seats + 1)) + A.epsilon
  const initialQuota = quota
  const record = new DroopRecord(() => ({
    round,
    quota: A.toNumber(quota),
    votes: new Map(candidates.map((c, j) => [c, A.toNumber(votes[j] as Decimal)])),
  }))
  const inState = (s: string) => candidates.flatMap((_, i) => (status[i] === s ? [i] : []))
  const seatsLeft = () => seats - inState('elected').length
  const elect = (i: number) => {
    status[i] = 'elected'
    record.elect(candidates[i] as string)
  }
  const defeat = (i: number) => {
    status[i] = 'defeated'
    record.defeat(candidates[i] as string)
    votes[i] = 0n
    kf[i] = 0n
  }
  const distribute = () => {
    for (let i = 0; i < candidates.length; i++) if (status[i] !== 'defeated') votes[i] = 0n
    for (const ballot of ballots) {
      let weight = A.one
      for (const i of ballot.ranking) {
        const factor = kf[i] as Decimal
        if (factor === 0n) continue
        const keep = A.mul(weight, factor, true)
        votes[i] = (votes[i] as Decimal) + keep * ballot.count
        weight -= keep
        if (weight <= 0n) break
      }
    }
  }
  // Round 0: first preferences.
  for (const ballot of ballots) {
    const first = ballot.ranking[0]
    if (first !== undefined) votes[first] = (votes[first] as Decimal) + A.int(1) * ballot.count
  }

  while (inState('hopeful').length > seatsLeft() && seatsLeft() > 0) {
    round++
    let outcome: 'iterate' | 'elected' | 'omega' | 'stable' = 'iterate'
    let lastSurplus = A.int(nBallots)
    let surplus = 0n
    for (;;) {
      distribute()
      const total = A.sum(
        inState('hopeful')
          .concat(inState('elected'))
          .map((i) => votes[i] as Decimal),
      )
      quota = A.div(total, A.int(seats + 1)) + A.epsilon
      for (const i of inState('hopeful'))
        if ((votes[i] as Decimal) >= quota) {
          elect(i)
          outcome = 'elected'
        }
      surplus = A.sum(inState('elected').map((i) => (votes[i] as Decimal) - quota))
      if (surplus < 0n) surplus = 0n
      if (outcome !== 'elected') {
        if (surplus < omega) outcome = 'omega'
        else if (surplus >= lastSurplus) outcome = 'stable'
      }
      if (outcome !== 'iterate') break
      lastSurplus = surplus
      for (const i of inState('elected'))
        kf[i] = A.div(A.mul(kf[i] as Decimal, quota, true), votes[i] as Decimal, true)
    }
    if (outcome === 'elected') continue
    const hopeful = inState('hopeful')
    if (hopeful.length > 0) {
      const low = hopeful.reduce(
        (m, i) => ((votes[i] as Decimal) < m ? (votes[i] as Decimal) : m),
        votes[hopeful[0] as number] as Decimal,
      )
      // Tied: within the total surplus of the lowest; the earliest in tie order goes.
      defeat(hopeful.find((i) => low + surplus >= (votes[i] as Decimal)) as number)
    }
  }
  for (const i of inState('hopeful')) {
    if (inState('elected').length < seats) elect(i)
    else defeat(i)
  }
  return record.outcome('meek-prf', A.toNumber(initialQuota))
}
