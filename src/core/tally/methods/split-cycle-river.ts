import { pairAt, type Pairwise } from '../pairwise.ts'
import { strongestPaths } from './schulze.ts'
import { combineUniverses, edgeGroups, edgeOrders, levelsOfGraph, reaches } from './locked-edges.ts'

/**
 * Split Cycle (Holliday & Pacuit): X defeats Y when X's margin over Y is larger than the
 * strongest path of margins from Y back to X (the weakest defeat of every cycle is dropped).
 * The winners are the undefeated candidates.
 */
export function splitCycleWinners(p: Pairwise): string[] {
  const paths = strongestPaths(p, 'margin')
  const n = p.n
  return p.candidates.filter((_, x) =>
    p.candidates.every((__, y) => {
      if (x === y) return true
      const margin = pairAt(p, y, x) - pairAt(p, x, y)
      return !(margin > 0 && margin > (paths[x * n + y] as number))
    }),
  )
}

/**
 * River (Heitzig): like Ranked Pairs on margins, but a defeat is also skipped when its loser
 * already has a locked defeat. Equally strong defeats are tried in every order; a candidate
 * wins if it wins in one of them.
 */
export function riverRanking(p: Pairwise): string[][] {
  const { orders } = edgeOrders(edgeGroups(p, 'margin'))
  const universes = orders.map((order) => {
    const locked = Array.from({ length: p.n }, () => new Array<boolean>(p.n).fill(false))
    const beaten = new Set<number>()
    for (const edge of order) {
      if (beaten.has(edge.to) || reaches(locked, edge.to, edge.from)) continue
      const row = locked[edge.from]
      if (row) row[edge.to] = true
      beaten.add(edge.to)
    }
    return levelsOfGraph(p.n, locked)
  })
  return combineUniverses(p.candidates, universes)
}
