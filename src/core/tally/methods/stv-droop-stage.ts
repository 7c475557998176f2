import type { Election } from '../election.ts'

/** What every Droop STV rule (stv-droop.ts) counts with and returns: its stages and its outcome. */

/** One action of a count (elect or defeat), with every candidate's votes at that moment. */
export type Stage = {
  round: number
  action: 'elect' | 'defeat'
  candidate: string
  quota: number
  votes: Map<string, number>
}

export type DroopOutcome = {
  rule: string
  quota: number
  stages: Stage[]
  elected: string[]
  defeated: string[]
}

/** Valid ballots: those naming at least one candidate (empty papers do not count toward the quota). */
export function validBallots(election: Election): number {
  const known = new Set(election.candidates)
  return election.rankings.reduce(
    (s, b) => (b.ranking.some((g) => g.some((n) => known.has(n))) ? s + b.count : s),
    0,
  )
}

/** A ranking as candidate indexes, stopping at a position that names several candidates (or an unknown one). */
export function indexRanking(ranking: readonly string[][], index: ReadonlyMap<string, number>): number[] {
  const out: number[] = []
  for (const names of ranking) {
    if (names.length === 0) continue
    const i = names.length === 1 ? index.get(names[0] as string) : undefined
    if (i === undefined) break
    out.push(i)
  }
  return out
}

/**
 * Candidates who reach the quota at the same stage are declared highest vote first; equal votes
 * in reverse listed order (Droop sorts ascending by vote and tie order, then reverses).
 */
export function byVoteDescending(
  candidates: readonly string[],
  votes: ReadonlyMap<string, number>,
): string[] {
  return [...candidates]
    .sort(
      (a, b) => (votes.get(a) ?? 0) - (votes.get(b) ?? 0) || candidates.indexOf(a) - candidates.indexOf(b),
    )
    .reverse()
}

/** The moment of a decision: the round, the quota and every candidate's votes. */
type Moment = { round: number; quota: number; votes: Map<string, number> }

/**
 * What every Droop rule records as it counts: who is elected and defeated, in order, and a
 * stage for each decision with the votes at that moment (read through `now`).
 */
export class DroopRecord {
  readonly stages: Stage[] = []
  readonly elected: string[] = []
  readonly defeated: string[] = []

  private readonly now: () => Moment

  constructor(now: () => Moment) {
    this.now = now
  }

  elect(candidate: string): void {
    this.elected.push(candidate)
    this.stage('elect', candidate)
  }

  defeat(candidate: string): void {
    this.defeated.push(candidate)
    this.stage('defeat', candidate)
  }

  /** Undoes every election so far (a count that restarts); their stages stay. */
  undoElections(): void {
    this.elected.length = 0
  }

  private stage(action: Stage['action'], candidate: string): void {
    const { round, quota, votes } = this.now()
    this.stages.push({ round, action, candidate, quota, votes })
  }

  outcome(rule: string, quota: number): DroopOutcome {
    return { rule, quota, stages: this.stages, elected: this.elected, defeated: this.defeated }
  }
}
