import type { Election } from '../election.ts'
import { byVoteDescending, DroopRecord, validBallots, type DroopOutcome } from './stv-droop-stage.ts'
import { PaperPile } from './stv-paper-pile.ts'

/**
 * Scottish STV (The Scottish Local Government Elections Order 2007, SSI 2007/42, rules 45–52),
 * counted exactly in fixed-point decimal with five places, as the order prescribes:
 * - quota = floor(valid ballots / (seats + 1)) + 1 [46]; elected at or above the quota [47];
 * - the largest surplus is transferred first [49]; each of its papers moves at
 *   value × surplus / votes, truncated to five decimals [48(3)], and the candidate keeps the quota;
 * - otherwise the lowest candidate is excluded and their papers move at their current value [50];
 * - ties (equal surpluses, equal lowest) go by the most recent earlier stage at which the tied
 *   candidates differed, then by lot [49(2–3), 51]. The lot is the candidates' listed order,
 *   which is how Droop's reference counts resolve it; an assembly should list candidates in an
 *   order drawn by lot beforehand;
 * - when the continuing candidates are as many as the seats left, they are elected [52].
 * Papers ranking several candidates at one position stop at that position (not valid under the order).
 * Votes are integers in units of 10^-5.
 */
const SCALE = 100_000

/** floor(a*b/c) for non-negative integers, exact even when a*b passes 2^53. */
export function mulDivDown(a: number, b: number, c: number): number {
  const product = a * b
  if (product <= Number.MAX_SAFE_INTEGER) {
    let q = Math.floor(product / c)
    while (q * c > product) q--
    while ((q + 1) * c <= product) q++
    return q
  }
  return Number((BigInt(a) * BigInt(b)) / BigInt(c))
}

export function scottishCount(election: Election): DroopOutcome {
  const candidates = election.candidates
  const seats = election.seats
  const nBallots = validBallots(election)
  const quota = (Math.floor(nBallots / (seats + 1)) + 1) * SCALE
  const hopeful = new Set(candidates)
  const pending: string[] = []
  const votes = new Map(candidates.map((c) => [c, 0]))
  const history: Map<string, number>[] = []
  let round = 0
  const papers = new PaperPile(election, SCALE, hopeful, votes)
  const snapshot = () => new Map(votes)
  const record = new DroopRecord(() => ({
    round,
    quota: quota / SCALE,
    votes: new Map([...votes].map(([c, v]) => [c, v / SCALE])),
  }))
  const { elected } = record
  const breakTie = (tied: string[], lowest: boolean): string => {
    if (tied.length === 1) return tied[0] as string
    let pool = [...tied]
    for (let r = history.length - 1; r >= 0; r--) {
      const at = history[r] as Map<string, number>
      const values = tied.map((c) => at.get(c) ?? 0)
      const target = lowest ? Math.min(...values) : Math.max(...values)
      pool = tied.filter((c) => (at.get(c) ?? 0) === target)
      if (pool.length === 1) return pool[0] as string
    }
    return pool.sort((a, b) => candidates.indexOf(a) - candidates.indexOf(b))[0] as string
  }
  const complete = () => seats - elected.length <= 0 || hopeful.size <= seats - elected.length
  for (;;) {
    for (const c of byVoteDescending(candidates, votes))
      if (hopeful.has(c) && (votes.get(c) ?? 0) >= quota) {
        hopeful.delete(c)
        record.elect(c)
        pending.push(c)
      }
    if (complete()) break
    history.push(snapshot())
    round++
    if (pending.length > 0) {
      const high = Math.max(...pending.map((c) => votes.get(c) ?? 0))
      const chosen = breakTie(
        pending.filter((c) => votes.get(c) === high),
        false,
      )
      pending.splice(pending.indexOf(chosen), 1)
      const vote = votes.get(chosen) ?? 0
      const surplus = vote - quota
      papers.moveOn(chosen, (weight) => mulDivDown(weight, surplus, vote))
      votes.set(chosen, quota)
      continue
    }
    if (hopeful.size > 0) {
      const low = Math.min(...[...hopeful].map((c) => votes.get(c) ?? 0))
      const loser = breakTie(
        [...hopeful].filter((c) => votes.get(c) === low),
        true,
      )
      record.defeat(loser)
      hopeful.delete(loser)
      papers.moveOn(loser)
      votes.set(loser, 0)
    }
    if (complete()) break
  }
  if (hopeful.size <= seats - elected.length)
    for (const c of candidates)
      if (hopeful.has(c)) {
        hopeful.delete(c)
        record.elect(c)
      }
  for (const c of candidates)
    if (hopeful.has(c)) {
      hopeful.delete(c)
      record.defeat(c)
    }
  return record.outcome('scotland', quota / SCALE)
}
