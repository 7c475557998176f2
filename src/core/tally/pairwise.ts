import type { Election } from './election.ts'
import type { Matrix } from '../../shared/tally-result.ts'

/**
 * The pairwise matrix d[X][Y] = number of voters preferring X to Y, as a flat Float64Array
 * (row-major, n×n). How a ballot that leaves candidates out counts follows rules.unranked:
 * - tied_last (default; Condorcet PHP's implicit ranking, the Debian constitution): unranked
 *   candidates tie below every ranked one;
 * - no_preference: the ballot says nothing about a pair with an unranked candidate.
 * Names at one rank are tied (equal_rank_semantics "tie"). A name repeated later is ignored.
 */
export type Pairwise = { n: number; d: Float64Array; candidates: readonly string[] }

export function pairwiseFromElection(election: Election): Pairwise {
  const candidates = election.candidates
  const n = candidates.length
  const index = new Map(candidates.map((c, i) => [c, i]))
  const d = new Float64Array(n * n)
  const noPreference = election.rules.unranked === 'no_preference'
  const position = new Int32Array(n)
  const ranked = new Int32Array(n)
  for (const ballot of election.rankings) {
    position.fill(-1)
    let rankedCount = 0
    let level = 0
    for (const group of ballot.ranking) {
      if (group.length === 0) continue
      for (const name of group) {
        const i = index.get(name)
        if (i === undefined || position[i] !== -1) continue
        position[i] = level
        ranked[rankedCount++] = i
      }
      level++
    }
    addBallot(d, n, position, ranked, rankedCount, ballot.count, noPreference)
  }
  return { n, d, candidates }
}

function addBallot(
  d: Float64Array,
  n: number,
  position: Int32Array,
  ranked: Int32Array,
  rankedCount: number,
  count: number,
  noPreference: boolean,
): void {
  for (let a = 0; a < rankedCount; a++) {
    const i = ranked[a] as number
    const pi = position[i] as number
    const row = i * n
    if (!noPreference) {
      // Every unranked candidate is below i.
      for (let j = 0; j < n; j++) if (position[j] === -1) d[row + j] = (d[row + j] as number) + count
    }
    for (let b = 0; b < rankedCount; b++) {
      const j = ranked[b] as number
      if ((position[j] as number) > pi) d[row + j] = (d[row + j] as number) + count
    }
  }
}

export function pairAt(p: Pairwise, i: number, j: number): number {
  return p.d[i * p.n + j] as number
}

export function pairwiseRecord(p: Pairwise): Matrix {
  const matrix: Matrix = {}
  p.candidates.forEach((x, i) => {
    const row: Record<string, number> = {}
    p.candidates.forEach((y, j) => {
      if (i !== j) row[y] = pairAt(p, i, j)
    })
    matrix[x] = row
  })
  return matrix
}

export function matrixRecord(candidates: readonly string[], values: Float64Array): Matrix {
  const n = candidates.length
  const matrix: Matrix = {}
  candidates.forEach((x, i) => {
    const row: Record<string, number> = {}
    candidates.forEach((y, j) => {
      if (i !== j) row[y] = values[i * n + j] as number
    })
    matrix[x] = row
  })
  return matrix
}

/** The candidate who beats every other head-to-head, if there is one. */
export function condorcetWinner(p: Pairwise): string | null {
  for (let i = 0; i < p.n; i++) {
    let beatsAll = true
    for (let j = 0; j < p.n && beatsAll; j++)
      if (i !== j && pairAt(p, i, j) <= pairAt(p, j, i)) beatsAll = false
    if (beatsAll) return p.candidates[i] ?? null
  }
  return null
}

/** The candidate who loses to every other head-to-head, if there is one. */
export function condorcetLoser(p: Pairwise): string | null {
  for (let i = 0; i < p.n; i++) {
    let losesAll = true
    for (let j = 0; j < p.n && losesAll; j++)
      if (i !== j && pairAt(p, i, j) >= pairAt(p, j, i)) losesAll = false
    if (losesAll) return p.candidates[i] ?? null
  }
  return null
}

/** Copeland balance: pairwise wins minus pairwise losses. */
export function copelandBalance(p: Pairwise): Float64Array {
  const balance = new Float64Array(p.n)
  for (let i = 0; i < p.n; i++)
    for (let j = 0; j < p.n; j++) {
      if (i === j) continue
      const diff = pairAt(p, i, j) - pairAt(p, j, i)
      if (diff > 0) balance[i] = (balance[i] as number) + 1
      else if (diff < 0) balance[i] = (balance[i] as number) - 1
    }
  return balance
}
