import type { Election } from '../election.ts'

/** A ballot of a fractional STV count: its value now (1 at first) and the candidate it counts for. */
type FractionalBallot = { ranking: string[][]; count: number; value: number; holder: string | null }

/**
 * The ballots of a fractional STV count (Condorcet PHP's Gregory rule, Albany STV), counted
 * afresh every round for the continuing candidates.
 */
export class FractionalBallots {
  private readonly ballots: FractionalBallot[]

  constructor(election: Election) {
    this.ballots = election.rankings.map((b) => ({
      ranking: b.ranking,
      count: b.count,
      value: 1,
      holder: null,
    }))
  }

  get total(): number {
    return this.ballots.reduce((s, b) => s + b.count, 0)
  }

  /**
   * Each ballot counts, at its value, for its first rank naming a continuing candidate, shared
   * equally among the continuing candidates at that rank; the first of them holds it.
   */
  count(continuing: ReadonlySet<string>): Map<string, number> {
    const tally = new Map<string, number>([...continuing].map((c) => [c, 0]))
    for (const ballot of this.ballots) {
      ballot.holder = null
      for (const group of ballot.ranking) {
        const names = group.filter((n) => continuing.has(n))
        if (names.length === 0) continue
        ballot.holder = names[0] ?? null
        for (const n of names)
          tally.set(n, (tally.get(n) ?? 0) + (ballot.value * ballot.count) / names.length)
        break
      }
    }
    return tally
  }

  /** An elected candidate's surplus moves on: every ballot they hold keeps `factor` of its value. */
  scaleHeldBy(name: string, factor: number): void {
    for (const ballot of this.ballots) if (ballot.holder === name) ballot.value *= factor
  }
}
