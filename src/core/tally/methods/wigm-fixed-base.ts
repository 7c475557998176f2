import type { Election } from '../election.ts'
import { DecimalArithmetic, type Decimal } from './fixed-decimal.ts'
import { DroopRecord, validBallots, type DroopOutcome } from './stv-droop-stage.ts'

/**
 * Shared state of the fixed-point WIGM family of Droop rules (wigm-prf, cfer, mpls): candidates
 * are hopeful, pending (elected, surplus not yet transferred), elected or defeated; each paper
 * has a weight and sits with its highest-ranked candidate still able to receive it. Votes and
 * weights are fixed-point decimals (fixed-decimal.ts). Papers ranking several candidates at one
 * position stop there (a ranking the rules do not allow), as in the other Droop rules here.
 *
 * Orders used by the rules: "ballot order" is the listed order of the candidates; ties are
 * broken by the listed order too (earliest first), Droop's default tie order; sorting by vote
 * is ascending by vote then listed order, and its reverse for "highest first".
 */
export type WigmStatus = 'hopeful' | 'pending' | 'elected' | 'defeated'

type Paper = {
  ranking: string[][]
  count: bigint
  weight: Decimal
  position: number
  holder: string | null
}

export class FixedWigmCount {
  readonly A: DecimalArithmetic
  readonly candidates: readonly string[]
  readonly seats: number
  readonly nBallots: number
  readonly status: Map<string, WigmStatus>
  readonly votes: Map<string, Decimal>
  round = 0
  quota: Decimal = 0n
  private readonly record = new DroopRecord(() => ({
    round: this.round,
    quota: this.A.toNumber(this.quota),
    votes: new Map(this.candidates.map((c) => [c, this.A.toNumber(this.vote(c))])),
  }))
  private readonly papers: Paper[]
  private readonly order: Map<string, number>
  /** Whether a candidate in this state can receive papers. */
  private readonly receives: (status: WigmStatus) => boolean

  constructor(election: Election, precision: number, receives: (status: WigmStatus) => boolean) {
    this.A = new DecimalArithmetic(precision)
    this.candidates = election.candidates
    this.seats = election.seats
    this.nBallots = validBallots(election)
    this.order = new Map(this.candidates.map((c, i) => [c, i]))
    this.status = new Map(this.candidates.map((c) => [c, 'hopeful']))
    this.votes = new Map(this.candidates.map((c) => [c, 0n]))
    this.receives = receives
    this.papers = election.rankings.map((b) => ({
      ranking: b.ranking,
      count: BigInt(b.count),
      weight: this.A.one,
      position: -1,
      holder: null,
    }))
  }

  /** Every paper to its first choice. */
  start(): void {
    for (const paper of this.papers) this.advance(paper)
  }

  vote(c: string): Decimal {
    return this.votes.get(c) ?? 0n
  }

  private inState(state: WigmStatus): string[] {
    return this.candidates.filter((c) => this.status.get(c) === state)
  }
  hopeful(): string[] {
    return this.inState('hopeful')
  }
  pending(): string[] {
    return this.inState('pending')
  }
  /** Elected, counting those whose surplus is still pending. */
  electedCount(): number {
    return this.candidates.filter((c) => {
      const s = this.status.get(c)
      return s === 'elected' || s === 'pending'
    }).length
  }
  seatsLeft(): number {
    return this.seats - this.electedCount()
  }

  /** Ascending by vote, then listed order. */
  byVote(list: readonly string[]): string[] {
    return [...list].sort((a, b) => {
      const d = this.A.cmp(this.vote(a), this.vote(b))
      return d || (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0)
    })
  }
  /** Highest vote first (the reverse of byVote: equal votes latest-listed first). */
  byVoteDescending(list: readonly string[]): string[] {
    return this.byVote(list).reverse()
  }
  byBallotOrder(list: readonly string[]): string[] {
    return [...list].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0))
  }
  /** The tied candidate earliest in the tie order (the listed order). */
  tieFirst(list: readonly string[]): string {
    return this.byBallotOrder(list)[0] as string
  }
  /** The candidate of `list` with the fewest votes; equal votes go by the tie order. */
  lowest(list: readonly string[]): string {
    const low = this.minVote(list)
    return this.tieFirst(list.filter((c) => this.A.eq(this.vote(c), low)))
  }
  /** The candidate of `list` with the most votes; equal votes go by the tie order. */
  highest(list: readonly string[]): string {
    const high = this.maxVote(list)
    return this.tieFirst(list.filter((c) => this.A.eq(this.vote(c), high)))
  }
  private maxVote(list: readonly string[]): Decimal {
    return list.reduce(
      (m, c) => (this.A.gt(this.vote(c), m) ? this.vote(c) : m),
      this.vote(list[0] as string),
    )
  }
  private minVote(list: readonly string[]): Decimal {
    return list.reduce(
      (m, c) => (this.A.lt(this.vote(c), m) ? this.vote(c) : m),
      this.vote(list[0] as string),
    )
  }

  /** Declare elected; pending = its surplus is still to be transferred. */
  elect(c: string, pending = false): void {
    this.status.set(c, pending ? 'pending' : 'elected')
    this.record.elect(c)
  }
  /**
   * A pending candidate's surplus is being transferred: they are now plainly elected. `declare`
   * records the election at this point, for rules (Minneapolis) under which a candidate at the
   * threshold is declared elected only when their surplus is transferred.
   */
  unpend(c: string, declare = false): void {
    this.status.set(c, 'elected')
    if (declare) this.record.elect(c)
  }
  /** At the threshold, surplus pending, election not yet declared (Minneapolis). */
  hold(c: string): void {
    this.status.set(c, 'pending')
  }
  defeat(c: string): void {
    this.status.set(c, 'defeated')
    this.record.defeat(c)
  }

  /** Moves a paper to its next candidate able to receive it (or exhausts it). */
  private advance(paper: Paper): void {
    paper.holder = null
    for (let i = paper.position + 1; i < paper.ranking.length; i++) {
      const names = paper.ranking[i] ?? []
      if (names.length === 0) continue
      paper.position = i
      if (names.length !== 1) break
      const name = names[0] as string
      const state = this.status.get(name)
      if (state !== undefined && this.receives(state)) {
        paper.holder = name
        this.votes.set(name, this.vote(name) + paper.weight * paper.count)
        return
      }
    }
    paper.position = paper.ranking.length
  }

  /** Transfers the papers of defeated candidates at their current weight; their votes go to 0. */
  transferDefeated(losers: readonly string[]): void {
    const set = new Set(losers)
    for (const paper of this.papers) if (paper.holder !== null && set.has(paper.holder)) this.advance(paper)
    for (const c of losers) this.votes.set(c, 0n)
  }

  /**
   * Transfers a surplus: each paper of the candidate moves on at weight × surplus ÷ votes, the
   * product and the quotient each truncated; the candidate keeps the quota.
   */
  transferSurplus(c: string): void {
    const vote = this.vote(c)
    const surplus = vote - this.quota
    for (const paper of this.papers)
      if (paper.holder === c) {
        paper.weight = this.A.div(this.A.mul(paper.weight, surplus), vote)
        this.advance(paper)
      }
    this.votes.set(c, this.quota)
  }

  /** Sum of the pending candidates' surpluses. */
  pendingSurplus(): Decimal {
    return this.A.sum(this.pending().map((c) => this.vote(c) - this.quota))
  }

  outcome(rule: string): DroopOutcome {
    return this.record.outcome(rule, this.A.toNumber(this.quota))
  }
}
