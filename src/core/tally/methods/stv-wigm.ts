import type { Election } from '../election.ts'
import { byVoteDescending, DroopRecord, validBallots, type DroopOutcome } from './stv-droop-stage.ts'
import { PaperPile } from './stv-paper-pile.ts'

/**
 * Weighted Inclusive Gregory Method (Droop's model WIGM rule). Quota = votes/(seats+1), exact
 * (options.arithmetic "rational") or plus the smallest unit ("guarded", the default), so a
 * candidate needs strictly more than votes/(seats+1). Each round elects everyone with a quota,
 * then transfers the largest pending surplus (every paper of that candidate moves on at
 * weight × surplus / votes, the candidate keeps the quota); with no surplus pending the lowest
 * candidate is defeated. Ties go to the earliest-listed candidate (Droop's tie order).
 * Arithmetic is double precision; comparisons allow 1e-9 for rounding.
 */
const EPS = 1e-9

export function wigmCount(election: Election): DroopOutcome {
  const candidates = election.candidates
  const seats = election.seats
  const nBallots = validBallots(election)
  const integerQuota = election.options.integer_quota === true
  const quota = integerQuota ? Math.floor(nBallots / (seats + 1)) + 1 : nBallots / (seats + 1)
  const hasQuota = (v: number) => (integerQuota ? v >= quota - EPS : v > quota + EPS)
  const hopeful = new Set(candidates)
  const pending: string[] = []
  const votes = new Map(candidates.map((c) => [c, 0]))
  let round = 0
  const papers = new PaperPile(election, 1, hopeful, votes)
  const record = new DroopRecord(() => ({ round, quota, votes: new Map(votes) }))
  const { elected } = record
  const first = (names: string[]) =>
    names.sort((a, b) => candidates.indexOf(a) - candidates.indexOf(b))[0] as string
  while (hopeful.size > seats - elected.length && seats - elected.length > 0) {
    round++
    for (const c of byVoteDescending(candidates, votes))
      if (hopeful.has(c) && hasQuota(votes.get(c) ?? 0)) {
        hopeful.delete(c)
        record.elect(c)
        pending.push(c)
      }
    if (pending.length > 0) {
      const high = Math.max(...pending.map((c) => votes.get(c) ?? 0))
      const chosen = first(pending.filter((c) => Math.abs((votes.get(c) ?? 0) - high) <= EPS))
      pending.splice(pending.indexOf(chosen), 1)
      const vote = votes.get(chosen) ?? 0
      const surplus = vote - quota
      papers.moveOn(chosen, (weight) => (weight * surplus) / vote)
      votes.set(chosen, quota)
    } else if (hopeful.size > 0) {
      const low = Math.min(...[...hopeful].map((c) => votes.get(c) ?? 0))
      const loser = first([...hopeful].filter((c) => (votes.get(c) ?? 0) <= low + EPS))
      record.defeat(loser)
      hopeful.delete(loser)
      papers.moveOn(loser)
      votes.set(loser, 0)
    }
  }
  for (const c of candidates) {
    if (!hopeful.has(c)) continue
    hopeful.delete(c)
    if (elected.length < seats) record.elect(c)
    else record.defeat(c)
  }
  return record.outcome('wigm', quota)
}
