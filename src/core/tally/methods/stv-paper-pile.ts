import type { Election } from '../election.ts'

type Paper = { ranking: string[][]; count: number; weight: number; position: number; holder: string | null }

/**
 * The papers of a Droop count in whole or double-precision numbers (WIGM, Scottish STV): each
 * sits with its highest-ranked candidate still hopeful, adding its weight × count to their votes;
 * a position naming several candidates stops it there (a ranking the rules do not allow).
 */
export class PaperPile {
  private readonly papers: Paper[]
  private readonly hopeful: ReadonlySet<string>
  private readonly votes: Map<string, number>

  /** Every paper starts at `weight`, with its first choice; `votes` is the count's own tally. */
  constructor(election: Election, weight: number, hopeful: ReadonlySet<string>, votes: Map<string, number>) {
    this.hopeful = hopeful
    this.votes = votes
    this.papers = election.rankings.map((b) => ({
      ranking: b.ranking,
      count: b.count,
      weight,
      position: -1,
      holder: null,
    }))
    for (const paper of this.papers) this.advance(paper)
  }

  /**
   * Every paper `name` holds moves on to its next hopeful candidate (or is exhausted), its weight
   * first changed by `reweigh` when a surplus is transferred.
   */
  moveOn(name: string, reweigh?: (weight: number) => number): void {
    for (const paper of this.papers)
      if (paper.holder === name) {
        if (reweigh) paper.weight = reweigh(paper.weight)
        this.advance(paper)
      }
  }

  private advance(paper: Paper): void {
    paper.holder = null
    for (let i = paper.position + 1; i < paper.ranking.length; i++) {
      const names = paper.ranking[i] ?? []
      if (names.length === 0) continue
      paper.position = i
      if (names.length !== 1) return
      const name = names[0] as string
      if (this.hopeful.has(name)) {
        paper.holder = name
        this.votes.set(name, (this.votes.get(name) ?? 0) + paper.weight * paper.count)
        return
      }
    }
    paper.position = paper.ranking.length
  }
}
