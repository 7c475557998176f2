import type { Election } from '../election.ts'
import { quotaKind, quotaValue } from '../quota.ts'
import type { RoundRecord, TallyResult } from '../../../shared/tally-result.ts'
import { FractionalBallots } from './stv-fractional-ballots.ts'

/**
 * STV as Condorcet PHP counts it ("whole surplus transferred fractionally"): the quota
 * (options.quota: droop, hagenbach-bischoff, hare, imperiali) is taken of all valid ballots.
 * Each round every ballot counts, at its current value, for its first continuing candidate.
 * Everyone at or above the quota is elected (highest first) and every ballot they hold moves on
 * at value × surplus / votes (inclusive Gregory); if nobody reaches the quota and no more
 * candidates remain than seats, they are all elected; otherwise the lowest is eliminated (a tie
 * for lowest eliminates the one with fewer votes in the latest earlier round that separates them,
 * then the one listed last). Rounds list the continuing candidates' votes at the start of each round.
 */
export function gregoryStv(election: Election): TallyResult {
  const seats = election.seats
  const ballots = new FractionalBallots(election)
  const total = ballots.total
  const kind = quotaKind(election.options.quota)
  const quota = quotaValue(kind, total, seats)
  const continuing = new Set(election.candidates)
  const elected: string[] = []
  const eliminated: string[] = []
  const rounds: RoundRecord[] = []
  while (elected.length < seats && continuing.size > 0) {
    const tally = ballots.count(continuing)
    const record: RoundRecord = {
      round: rounds.length + 1,
      tally: Object.fromEntries(tally),
      threshold: quota,
    }
    rounds.push(record)
    const reached = [...tally]
      .filter(([, v]) => v >= quota - 1e-9)
      .sort((a, b) => b[1] - a[1] || election.candidates.indexOf(a[0]) - election.candidates.indexOf(b[0]))
    if (reached.length > 0) {
      record.elected = []
      for (const [name, votes] of reached) {
        if (elected.length >= seats) break
        elected.push(name)
        record.elected.push(name)
        continuing.delete(name)
        const factor = votes > 0 ? Math.max(0, votes - quota) / votes : 0
        ballots.scaleHeldBy(name, factor)
      }
    } else if (continuing.size <= seats - elected.length) {
      const rest = [...tally].sort((a, b) => b[1] - a[1]).map(([c]) => c)
      elected.push(...rest)
      record.elected = rest
      continuing.clear()
    } else {
      const min = Math.min(...tally.values())
      let tied = [...tally].filter(([, v]) => v <= min + 1e-9).map(([c]) => c)
      for (let r = rounds.length - 2; r >= 0 && tied.length > 1; r--) {
        const earlier = rounds[r]?.tally ?? {}
        const low = Math.min(...tied.map((c) => earlier[c] ?? 0))
        tied = tied.filter((c) => (earlier[c] ?? 0) <= low + 1e-9)
      }
      const loser = tied.reduce((a, b) =>
        election.candidates.indexOf(a) > election.candidates.indexOf(b) ? a : b,
      )
      continuing.delete(loser)
      eliminated.push(loser)
      record.eliminated = [loser]
    }
  }
  return {
    method: 'stv',
    variant: `gregory ${kind}`,
    winners: elected,
    ranking: [...elected.map((c) => [c]), ...[...eliminated].reverse().map((c) => [c])],
    rounds,
    quota_value: quota,
    total_ballots: total,
  }
}
