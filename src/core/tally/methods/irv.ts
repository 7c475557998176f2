import { english, msg } from '../../../shared/messages.ts'
import type { Election } from '../election.ts'
import { copelandBalance, pairAt, pairwiseFromElection, type Pairwise } from '../pairwise.ts'
import type { RoundRecord, TallyResult } from '../../../shared/tally-result.ts'
import type { TallyMethod } from './method.ts'
import { rctabCount } from './rctab.ts'
import { withInactiveRounds } from '../inactive.ts'

/**
 * Instant-runoff voting. Files with rules.rctab are counted by the RCTab engine (rctab.ts).
 * Otherwise options.irv_rule chooses:
 * - "condorcet-php" (default; Condorcet PHP's InstantRunoff): a candidate wins with more than
 *   half of ALL valid ballots (exhausted ballots stay in the base), or as the last one standing.
 *   A tie for last place is broken by the tied candidates' head-to-head results (unranked
 *   candidates tie below ranked ones): eliminate the one that beats none of the others; then the
 *   lower Copeland balance over all candidates; then fewer pairwise wins. A tie that survives
 *   all three eliminates every tied candidate together; if that would leave nobody, they are
 *   joint winners (the file condorcet-php-irv-tie-for-last-pairwise-tiebreak).
 * - "eliminate-all-tied" (pref_voting's instant_runoff): all candidates tied for last are
 *   eliminated together; if that is everyone, they are joint winners.
 * Ranked ballots skip empty ranks and names no longer continuing; equal ranks split the ballot.
 */
export function firstPreferenceTally(election: Election, continuing: ReadonlySet<string>) {
  const tally = new Map<string, number>([...continuing].map((c) => [c, 0]))
  let exhausted = 0
  for (const ballot of election.rankings) {
    let counted = false
    for (const group of ballot.ranking) {
      const names = [...new Set(group)].filter((n) => continuing.has(n))
      if (names.length === 0) continue
      for (const n of names) tally.set(n, (tally.get(n) ?? 0) + ballot.count / names.length)
      counted = true
      break
    }
    if (!counted) exhausted += ballot.count
  }
  return { tally, exhausted }
}

function pairwiseTieBreak(p: Pairwise, tied: string[]): string[] {
  const index = (c: string) => p.candidates.indexOf(c)
  const beatsNone = tied.filter((x) =>
    tied.every((y) => y === x || pairAt(p, index(x), index(y)) <= pairAt(p, index(y), index(x))),
  )
  let pool = beatsNone.length > 0 ? beatsNone : tied
  if (pool.length === 1) return pool
  const balance = copelandBalance(p)
  const minBalance = Math.min(...pool.map((c) => balance[index(c)] as number))
  pool = pool.filter((c) => balance[index(c)] === minBalance)
  if (pool.length === 1) return pool
  const wins = (c: string) =>
    p.candidates.filter((_, j) => j !== index(c) && pairAt(p, index(c), j) > pairAt(p, j, index(c))).length
  const minWins = Math.min(...pool.map(wins))
  return pool.filter((c) => wins(c) === minWins)
}

export function runoffCount(election: Election, rule: 'condorcet-php' | 'eliminate-all-tied'): TallyResult {
  const continuing = new Set(election.candidates)
  const total = election.rankings.reduce((s, b) => s + b.count, 0)
  const p =
    rule === 'condorcet-php'
      ? pairwiseFromElection({ ...election, rules: { ...election.rules, unranked: 'tied_last' } })
      : null
  const rounds: RoundRecord[] = []
  const eliminationOrder: string[][] = []
  let winners: string[] = []
  for (let round = 1; continuing.size > 0; round++) {
    const { tally } = firstPreferenceTally(election, continuing)
    const record: RoundRecord = { round, tally: Object.fromEntries(tally) }
    rounds.push(record)
    const threshold =
      rule === 'condorcet-php' ? total / 2 : [...tally.values()].reduce((a, b) => a + b, 0) / 2
    record.threshold = threshold
    const leader = [...tally].find(([, v]) => v > threshold)
    if (leader || continuing.size === 1) {
      winners = leader ? [leader[0]] : [...continuing]
      record.elected = winners
      break
    }
    const min = Math.min(...tally.values())
    const tied = [...tally].filter(([, v]) => v === min).map(([c]) => c)
    const losers = tied.length > 1 && p ? pairwiseTieBreak(p, tied) : tied
    if (losers.length === continuing.size) {
      winners = [...losers]
      record.elected = winners
      if (losers.length > 1) record.note = english(msg('ties.jointWinners'))
      break
    }
    for (const loser of losers) continuing.delete(loser)
    record.eliminated = losers
    eliminationOrder.push(losers)
  }
  const finalTally = rounds[rounds.length - 1]?.tally ?? {}
  const others = [...continuing]
    .filter((c) => !winners.includes(c))
    .sort((a, b) => (finalTally[b] ?? 0) - (finalTally[a] ?? 0))
  const ranking = [winners, ...others.map((c) => [c]), ...[...eliminationOrder].reverse()].filter(
    (g) => g.length > 0,
  )
  return {
    method: 'irv',
    variant: rule,
    winners,
    ranking,
    rounds,
    threshold_of: rule === 'condorcet-php' ? 'all_ballots' : 'continuing_ballots',
    total_ballots: total,
  }
}

export const irv: TallyMethod = (election) => {
  if (election.rules.rctab) return rctabCount(election)
  const rule = election.options.irv_rule === 'eliminate-all-tied' ? 'eliminate-all-tied' : 'condorcet-php'
  return withInactiveRounds(election, runoffCount(election, rule))
}
