import { OVERVOTE_LABEL } from '../format/read-vote-vector.ts'
import { english, msg } from '../../../shared/messages.ts'
import type { Election } from '../election.ts'
import type { RoundEvent, RoundRecord, TallyResult } from '../../../shared/tally-result.ts'
import { LotDrawer, lotSeed } from '../tie-break.ts'
import { rctabConfig, type RctabConfig } from './rctab-config.ts'

/**
 * IRV and multi-winner STV under RCTab's rules (BrightSpots/rcv, the tabulator certified for US
 * elections), reimplemented from its documented behaviour:
 * - every round, each ballot counts for its highest-ranked continuing candidate; a ballot becomes
 *   inactive by overvote (rules.rctab.overvoteRule), by too many skipped ranks
 *   (maxSkippedRanksAllowed), by a repeated candidate (exhaustOnDuplicateCandidate), or when its
 *   choices run out (exhaustedChoices); a ballot with no marks at all is an undervote;
 * - the threshold is floor(active/(seats+1)) + 1 (or active/(seats+1) + 10^-d with
 *   nonIntegerWinningThreshold; ceil(active/seats) with hareQuota); single-winner counts
 *   recompute it every round until someone wins (doesFirstRoundDetermineThreshold freezes it
 *   after round 1), multi-winner counts fix it in round 1;
 * - undeclared write-ins with votes are dropped first and cannot win; then candidates below the
 *   minimum vote threshold; then batch elimination (all candidates whose combined votes are
 *   below the next-lowest tally) when enabled; otherwise the lowest candidate;
 * - multi-winner surpluses move as fractions truncated to decimalPlacesForVoteArithmetic; the
 *   rounding residue is reported as "residual surplus" and a winner is shown at the threshold;
 *   after the last seat is filled one more round shows the final surplus as finalRoundSurplus;
 * - ties: useCandidateOrder (loser = listed latest, winner = listed earliest), random (a lot,
 *   see tie-break.ts), previousRoundCountsThenRandom (fewest/most votes in the latest earlier
 *   round that separates them, else a lot), generatePermutation (a seeded shuffle).
 * Arithmetic is exact: votes are integers in units of 10^-d.
 */
type Status =
  | 'exhaustedChoices'
  | 'overvotes'
  | 'repeatedRankings'
  | 'skippedRankings'
  | 'undervotes'
  | 'finalRoundSurplus'

const STATUSES: Status[] = [
  'exhaustedChoices',
  'overvotes',
  'repeatedRankings',
  'skippedRankings',
  'undervotes',
  'finalRoundSurplus',
]

type Cvr = {
  ranks: { rank: number; names: string[] }[]
  maxRank: number
  count: number
  value: number
  recipient: string | null
  status: Status | null
  kept: Map<string, number>
}

type RoundState = {
  tally: Map<string, number>
  inactive: Record<Status, number>
  threshold: number
  elected: string[]
  eliminated: string[]
}

class RctabCount {
  readonly config: RctabConfig
  readonly election: Election
  readonly scale: number
  readonly cvrs: Cvr[]
  readonly candidates: string[]
  readonly excluded: Set<string>
  readonly eliminated = new Map<string, number>()
  readonly winners = new Map<string, number>()
  readonly rounds: RoundState[] = []
  readonly transfers = new Map<number, Map<string, Map<string, number>>>()
  readonly lots: LotDrawer
  permutation: string[]
  round = 0

  constructor(election: Election) {
    this.election = election
    this.config = rctabConfig(election)
    this.scale = 10 ** this.config.decimals
    this.candidates = election.candidates
    this.excluded = new Set(election.rules.excluded_candidates ?? [])
    this.lots = new LotDrawer(election, lotSeed(election))
    this.permutation =
      this.config.tiebreakMode === 'generatePermutation'
        ? this.lots.shuffle([...this.candidates].sort())
        : this.candidates
    this.cvrs = election.rankings.map((ballot) => {
      const ranks = ballot.ranking
        .map((names, i) => ({ rank: i + 1, names }))
        .filter((r) => r.names.length > 0)
      return {
        ranks,
        maxRank: ranks[ranks.length - 1]?.rank ?? 0,
        count: ballot.count,
        value: this.scale,
        recipient: null,
        status: null,
        kept: new Map(),
      }
    })
  }

  get multiSeat(): boolean {
    return this.config.numberOfWinners > 1
  }

  get seatsFilled(): boolean {
    return this.winners.size >= this.config.numberOfWinners
  }

  isContinuing(name: string): boolean {
    if (this.excluded.has(name) || !this.candidates.includes(name)) return false
    if (this.winners.has(name)) return this.config.continueUntilTwoCandidatesRemain
    return !this.eliminated.has(name)
  }

  addTransfer(from: string, to: string, amount: number): void {
    if (amount === 0) return
    const byRound = this.transfers.get(this.round - 1) ?? new Map<string, Map<string, number>>()
    this.transfers.set(this.round - 1, byRound)
    const row = byRound.get(from) ?? new Map<string, number>()
    byRound.set(from, row)
    row.set(to, (row.get(to) ?? 0) + amount)
  }

  overvoteDecision(names: string[]): 'none' | 'exhaust' | 'skip' {
    const rule = this.config.overvoteRule
    if (names.includes(OVERVOTE_LABEL)) return rule === 'alwaysSkipToNextRank' ? 'skip' : 'exhaust'
    if (names.length <= 1) return 'none'
    if (rule === 'exhaustImmediately') return 'exhaust'
    if (rule === 'alwaysSkipToNextRank') return 'skip'
    return names.filter((n) => this.isContinuing(n)).length > 1 ? 'exhaust' : 'none'
  }

  computeTallies(): { tally: Map<string, number>; inactive: Record<Status, number> } {
    const tally = new Map(this.candidates.filter((c) => this.isContinuing(c)).map((c) => [c, 0]))
    const inactive = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>
    const finalSurplus = this.multiSeat && this.seatsFilled
    for (const cvr of this.cvrs) {
      const weight = cvr.value * cvr.count
      if (cvr.status) {
        inactive[cvr.status] += weight
        continue
      }
      if (cvr.recipient !== null && this.isContinuing(cvr.recipient)) {
        tally.set(cvr.recipient, (tally.get(cvr.recipient) ?? 0) + weight)
        continue
      }
      const from = cvr.recipient
      const exhaust = (status: Status) => {
        cvr.status = status
        cvr.recipient = null
        inactive[status] += weight
      }
      let selected: string | null = null
      if (finalSurplus && from !== null) exhaust('finalRoundSurplus')
      else if (cvr.ranks.length === 0) exhaust('undervotes')
      else selected = this.selectFor(cvr, exhaust)
      if (selected !== null) {
        cvr.recipient = selected
        tally.set(selected, (tally.get(selected) ?? 0) + weight)
      }
      if (from !== null) this.addTransfer(from, selected ?? 'exhausted', weight)
    }
    return { tally, inactive }
  }

  selectFor(cvr: Cvr, exhaust: (status: Status) => void): string | null {
    const { maxSkippedRanksAllowed } = this.config
    let lastRankSeen = 0
    const seen = new Set<string>()
    for (const { rank, names } of cvr.ranks) {
      if (rank - lastRankSeen > maxSkippedRanksAllowed + 1) {
        exhaust('skippedRankings')
        return null
      }
      lastRankSeen = rank
      if (this.config.exhaustOnDuplicateCandidate) {
        let duplicate = false
        for (const name of names) {
          if (seen.has(name)) duplicate = true
          seen.add(name)
        }
        if (duplicate) {
          exhaust('repeatedRankings')
          return null
        }
      }
      const decision = this.overvoteDecision(names)
      if (decision === 'exhaust') {
        exhaust('overvotes')
        return null
      }
      if (decision === 'skip') {
        if (rank === cvr.maxRank) exhaust('exhaustedChoices')
        continue
      }
      const found = names.find((name) => this.isContinuing(name))
      if (found !== undefined) return found
      if (rank === cvr.maxRank) exhaust('exhaustedChoices')
    }
    return null
  }

  computeThreshold(tally: Map<string, number>): number {
    const active = [...tally.values()].reduce((a, b) => a + b, 0)
    const seats = this.config.numberOfWinners
    const divisor = this.config.hareQuota ? seats : seats + 1
    const unit = this.config.nonIntegerWinningThreshold ? 1 : this.scale
    let threshold = this.config.hareQuota
      ? Math.ceil(active / (divisor * unit)) * unit
      : (Math.floor(active / (divisor * unit)) + 1) * unit
    const minimum = this.config.minimumVoteThreshold * this.scale
    if (minimum > threshold) threshold = minimum
    return threshold
  }

  /** Candidates grouped by tally, lowest first (RCTab's tally-to-candidates map). */
  groupsByTally(tally: Map<string, number>): [number, string[]][] {
    const groups = new Map<number, string[]>()
    for (const [name, votes] of tally) groups.set(votes, [...(groups.get(votes) ?? []), name])
    return [...groups.entries()].sort((a, b) => a[0] - b[0])
  }

  breakTie(selectingWinner: boolean, tied: string[]): string {
    const kind = selectingWinner ? 'winner' : 'loser'
    const mode = this.config.tiebreakMode
    if (mode === 'useCandidateOrder' || mode === 'generatePermutation') {
      const order = selectingWinner ? this.permutation : [...this.permutation].reverse()
      const chosen = order.find((c) => tied.includes(c))
      if (chosen === undefined) throw new Error(`Tie among unknown candidates: ${tied.join(', ')}`)
      this.lots.record(
        this.round,
        kind,
        tied,
        chosen,
        english(
          msg(
            mode === 'useCandidateOrder'
              ? selectingWinner
                ? 'ties.earliestCandidateOrder'
                : 'ties.latestCandidateOrder'
              : selectingWinner
                ? 'ties.earliestPermutation'
                : 'ties.latestPermutation',
          ),
        ),
      )
      return chosen
    }
    if (mode === 'previousRoundCountsThenRandom') {
      let contention = [...tied]
      for (let r = this.round - 1; r > 0; r--) {
        const previous = this.rounds[r - 1]?.tally
        if (!previous) break
        const values = contention.map((c) => previous.get(c) ?? 0)
        const target = selectingWinner ? Math.max(...values) : Math.min(...values)
        contention = contention.filter((c) => (previous.get(c) ?? 0) === target)
        if (contention.length === 1) {
          const chosen = contention[0] as string
          this.lots.record(
            this.round,
            kind,
            tied,
            chosen,
            english(msg(selectingWinner ? 'ties.mostVotes' : 'ties.fewestVotes', { round: r })),
          )
          return chosen
        }
      }
      return this.lots.draw(this.round, kind, contention, true)
    }
    return this.lots.draw(this.round, kind, tied)
  }

  identifyWinners(tally: Map<string, number>, threshold: number): string[] {
    const uwi = this.config.undeclaredWriteInLabel
    if ((tally.get(uwi) ?? 0) > 0) return []
    const seats = this.config.numberOfWinners
    const unfilled = seats - this.winners.size
    const groups = this.groupsByTally(tally)
    let selected: string[] = []
    if (unfilled > 0) {
      if (tally.size === unfilled) selected = [...tally.keys()]
      else if (this.config.firstRoundDeterminesThreshold && tally.size - 1 === seats)
        selected = [...(groups[groups.length - 1]?.[1] ?? [])]
      else
        selected = [...tally]
          .filter(([name, votes]) => votes >= threshold && name !== uwi)
          .map(([name]) => name)
    }
    const tooMany =
      selected.length > 1 &&
      (this.config.winnerElectionMode === 'multiWinnerAllowOnlyOneWinnerPerRound' ||
        this.config.firstRoundDeterminesThreshold)
    const noneOfTwo =
      seats === 1 &&
      selected.length === 0 &&
      tally.size === 2 &&
      unfilled === 1 &&
      [...tally.values()].every((v) => v >= this.config.minimumVoteThreshold * this.scale)
    if (tooMany || noneOfTwo) {
      const top = [...(groups[groups.length - 1]?.[1] ?? [])]
      selected = top.length > 1 ? [this.breakTie(true, top)] : top
    }
    return selected.sort(
      (a, b) =>
        (tally.get(b) ?? 0) - (tally.get(a) ?? 0) || this.candidates.indexOf(a) - this.candidates.indexOf(b),
    )
  }

  batchEliminations(groups: [number, string[]][]): string[] {
    let runningTotal = 0
    const seen: string[] = []
    let eliminations: string[] = []
    let previous: string[] = []
    for (const [votes, names] of groups) {
      const next = [...eliminations]
      if (runningTotal < votes) for (const name of seen) if (!next.includes(name)) next.push(name)
      runningTotal += votes * names.length
      seen.push(...names)
      if (next.length > eliminations.length) {
        previous = eliminations
        eliminations = next
      }
    }
    if (
      this.config.continueUntilTwoCandidatesRemain &&
      eliminations.length + this.eliminated.size === this.candidates.length - 1
    )
      eliminations = previous
    return eliminations
  }

  chooseEliminations(tally: Map<string, number>): string[] {
    const uwi = this.config.undeclaredWriteInLabel
    if ((tally.get(uwi) ?? 0) > 0) return [uwi]
    const groups = this.groupsByTally(tally)
    const minimum = this.config.minimumVoteThreshold * this.scale
    if (minimum > 0) {
      const below = groups.filter(([votes]) => votes < minimum).flatMap(([, names]) => names)
      if (below.length > 0) return below
    }
    if (this.config.batchElimination) {
      const batch = this.batchEliminations(groups)
      if (batch.length > 1) return batch
    }
    const lowest = groups[0]?.[1] ?? []
    return lowest.length > 1 ? [this.breakTie(false, lowest)] : [...lowest]
  }

  transferSurplus(winner: string, votes: number, threshold: number): void {
    const extra = votes - threshold
    const fraction = extra > 0 ? Math.floor((extra * this.scale) / votes) : 0
    for (const cvr of this.cvrs) {
      if (cvr.recipient !== winner || cvr.status) continue
      const moving = Math.floor((cvr.value * fraction) / this.scale)
      cvr.kept.set(winner, cvr.value - moving)
      cvr.value = moving
    }
  }

  updateWinnerTallies(state: RoundState): void {
    const previous = this.rounds[this.rounds.length - 1]
    for (const [winner, wonIn] of this.winners) {
      if (wonIn === this.round) continue
      if (wonIn === this.round - 1) {
        let total = 0
        for (const cvr of this.cvrs) total += (cvr.kept.get(winner) ?? 0) * cvr.count
        const residual = total - state.threshold
        if (residual > 0) {
          this.addTransfer(winner, 'residual surplus', residual)
          total = state.threshold
        }
        state.tally.set(winner, total)
      } else state.tally.set(winner, previous?.tally.get(winner) ?? state.threshold)
    }
  }

  shouldContinue(): boolean {
    if (this.round === 0) return true
    const eliminatedNow = [...this.eliminated.values()].includes(this.round)
    if (this.config.continueUntilTwoCandidatesRemain)
      return this.eliminated.size + this.winners.size + 1 < this.candidates.length || eliminatedNow
    return (
      this.winners.size < this.config.numberOfWinners ||
      (this.multiSeat && [...this.winners.values()].includes(this.round))
    )
  }

  run(): void {
    const maxRounds = this.candidates.length * 2 + 2
    while (this.shouldContinue()) {
      if (this.round > maxRounds)
        throw new Error('RCTab count did not finish: no candidate could be eliminated.')
      this.round++
      const { tally, inactive } = this.computeTallies()
      const previous = this.rounds[this.rounds.length - 1]
      const recompute = this.multiSeat
        ? this.round === 1
        : (!this.config.firstRoundDeterminesThreshold || this.round === 1) && this.winners.size === 0
      const threshold = recompute || !previous ? this.computeThreshold(tally) : previous.threshold
      const state: RoundState = { tally, inactive, threshold, elected: [], eliminated: [] }
      const winners = this.identifyWinners(tally, threshold)
      if (winners.length > 0) {
        for (const winner of winners) this.winners.set(winner, this.round)
        state.elected = winners
        if (this.multiSeat) for (const w of winners) this.transferSurplus(w, tally.get(w) ?? 0, threshold)
      } else if (
        this.winners.size < this.config.numberOfWinners ||
        (this.config.continueUntilTwoCandidatesRemain && this.eliminated.size < this.candidates.length - 2)
      ) {
        const losers = this.chooseEliminations(tally)
        if (losers.length === 0) throw new Error('RCTab count could not eliminate any candidate.')
        for (const loser of losers) this.eliminated.set(loser, this.round)
        state.eliminated = losers
      }
      if (this.multiSeat) this.updateWinnerTallies(state)
      this.rounds.push(state)
    }
  }

  value(scaled: number): number {
    return Number((scaled / this.scale).toFixed(this.config.decimals))
  }

  record(state: RoundState, index: number): RoundRecord {
    const round = index + 1
    const transfers = this.transfers.get(round)
    const withTransfers = (name: string): { transfers?: Record<string, number> } => {
      const row = transfers?.get(name)
      if (!row || row.size === 0) return {}
      return { transfers: Object.fromEntries([...row].map(([to, v]) => [to, this.value(v)])) }
    }
    const events: RoundEvent[] = [
      ...state.elected.map((name) => ({ elected: name, ...withTransfers(name) })),
      ...state.eliminated.map((name) => ({ eliminated: name, ...withTransfers(name) })),
    ]
    const record: RoundRecord = {
      round,
      tally: Object.fromEntries([...state.tally].map(([name, v]) => [name, this.value(v)])),
      threshold: this.value(state.threshold),
      inactive: Object.fromEntries(STATUSES.map((s) => [s, this.value(state.inactive[s])])),
    }
    if (events.length > 0) record.events = events
    if (state.elected.length > 0) record.elected = state.elected
    if (state.eliminated.length > 0) record.eliminated = state.eliminated
    return record
  }

  ranking(): string[][] {
    const last = this.rounds[this.rounds.length - 1]?.tally ?? new Map<string, number>()
    const winners = [...this.winners.keys()].map((w) => [w])
    const standing = this.candidates
      .filter((c) => !this.winners.has(c) && !this.eliminated.has(c) && !this.excluded.has(c))
      .sort((a, b) => (last.get(b) ?? 0) - (last.get(a) ?? 0))
      .map((c) => [c])
    const out = [...this.eliminated.entries()]
      .sort(
        (a, b) =>
          b[1] - a[1] ||
          (this.rounds[b[1] - 1]?.tally.get(b[0]) ?? 0) - (this.rounds[a[1] - 1]?.tally.get(a[0]) ?? 0),
      )
      .map(([c]) => [c])
    return [...winners, ...standing, ...out]
  }
}

export function rctabCount(election: Election): TallyResult {
  const count = new RctabCount(election)
  count.run()
  const last = count.rounds[count.rounds.length - 1]
  const result: TallyResult = {
    method: election.method,
    variant: 'rctab',
    winners: [...count.winners.keys()],
    ranking: count.ranking(),
    rounds: count.rounds.map((state, i) => count.record(state, i)),
    total_ballots: count.cvrs.reduce((s, c) => s + c.count, 0),
    // Single-winner: a majority of the ballots still counting in each round; otherwise the
    // threshold of the first round holds (README, rules.rctab).
    threshold_of:
      count.multiSeat || count.config.firstRoundDeterminesThreshold
        ? 'first_round_ballots'
        : 'continuing_ballots',
  }
  if (last) result.quota_value = count.value(last.threshold)
  if (count.lots.records.length > 0) result.tie_breaks = count.lots.records
  return result
}
