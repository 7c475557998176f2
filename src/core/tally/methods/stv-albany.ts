import type { Election } from '../election.ts'
import type { RoundRecord, TallyResult } from '../../../shared/tally-result.ts'
import { FractionalBallots } from './stv-fractional-ballots.ts'

/**
 * Albany STV (VoteKit's AlbanySTV, used for Albany, CA): like fractional STV, but the Droop
 * quota floor(active/(S+1)) + 1 is recomputed every round from the active vote — the ballots
 * still counting for a continuing candidate plus the quota each elected candidate keeps — so
 * exhausted ballots lower it. Round 0 is the first count; each later round shows the result of
 * one step: everyone at or above the current quota is elected and their surplus moves on at
 * value × surplus / votes, or else the lowest candidate is eliminated.
 */
export function albanyStv(election: Election): TallyResult {
  const seats = election.seats
  const ballots = new FractionalBallots(election)
  const continuing = new Set(election.candidates)
  const elected: string[] = []
  const eliminated: string[] = []
  const retained = new Map<string, number>()
  const rounds: RoundRecord[] = []
  const quotas: number[] = []
  const count = () => {
    const tally = ballots.count(continuing)
    const active = [...tally.values(), ...retained.values()].reduce((a, b) => a + b, 0)
    return { tally, quota: Math.floor(active / (seats + 1)) + 1 }
  }
  let { tally, quota } = count()
  rounds.push({ round: 0, tally: Object.fromEntries(tally), threshold: quota })
  quotas.push(quota)
  while (elected.length < seats && continuing.size > 0) {
    const record: RoundRecord = { round: rounds.length, tally: {} }
    const reached = [...tally].filter(([, v]) => v >= quota).sort((a, b) => b[1] - a[1])
    if (reached.length > 0 || continuing.size <= seats - elected.length) {
      const winners = reached.length > 0 ? reached : [...tally].sort((a, b) => b[1] - a[1])
      record.elected = []
      for (const [name, votes] of winners) {
        if (elected.length >= seats) break
        elected.push(name)
        record.elected.push(name)
        continuing.delete(name)
        const keep = Math.min(votes, quota)
        retained.set(name, keep)
        const factor = votes > 0 ? (votes - keep) / votes : 0
        ballots.scaleHeldBy(name, factor)
      }
    } else {
      const min = Math.min(...tally.values())
      const loser = [...tally]
        .filter(([, v]) => v === min)
        .map(([c]) => c)
        .pop() as string
      continuing.delete(loser)
      eliminated.push(loser)
      record.eliminated = [loser]
    }
    ;({ tally, quota } = count())
    record.tally = Object.fromEntries(tally)
    record.threshold = quota
    rounds.push(record)
    if (elected.length < seats) quotas.push(quota)
  }
  return {
    method: 'stv',
    variant: 'albany',
    winners: elected,
    ranking: [
      ...elected.map((c) => [c]),
      ...[...tally.keys()].map((c) => [c]),
      ...[...eliminated].reverse().map((c) => [c]),
    ],
    rounds,
    quotas_by_round: quotas,
    quota_value: quotas[quotas.length - 1] ?? quota,
  }
}
