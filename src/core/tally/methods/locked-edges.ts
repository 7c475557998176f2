import { pairAt, type Pairwise } from '../pairwise.ts'
import type { Strength } from '../../../shared/counting-methods.ts'

/** A pairwise defeat: `from` beats `to`. */
export type Edge = { from: number; to: number; won: number; lost: number }

/** Defeats sorted strongest first, grouped where the strength rule cannot order them. */
export function edgeGroups(p: Pairwise, strength: Strength): Edge[][] {
  const edges: Edge[] = []
  for (let i = 0; i < p.n; i++)
    for (let j = 0; j < p.n; j++) {
      const won = pairAt(p, i, j)
      const lost = pairAt(p, j, i)
      if (won > lost) edges.push({ from: i, to: j, won, lost })
    }
  // winning votes: more votes for the winner first, then fewer for the loser;
  // margins: larger margin first, then more votes for the winner.
  const keys = (e: Edge): [number, number] =>
    strength === 'margin' ? [e.won - e.lost, e.won] : [e.won, -e.lost]
  edges.sort((a, b) => {
    const [a1, a2] = keys(a)
    const [b1, b2] = keys(b)
    return b1 - a1 || b2 - a2 || a.from - b.from || a.to - b.to
  })
  const groups: Edge[][] = []
  let previous: [number, number] | null = null
  for (const edge of edges) {
    const k = keys(edge)
    const group = groups[groups.length - 1]
    if (group && previous && previous[0] === k[0] && previous[1] === k[1]) group.push(edge)
    else groups.push([edge])
    previous = k
  }
  return groups
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]]
  const out: T[][] = []
  items.forEach((item, i) => {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) out.push([item, ...rest])
  })
  return out
}

function factorial(n: number): number {
  let f = 1
  for (let i = 2; i <= n; i++) f *= i
  return f
}

/** Above this many orderings of equally strong defeats we use the candidates' order only. */
export const MAX_UNIVERSES = 5040

/**
 * Every order in which the defeats may be processed when some are equally strong ("parallel
 * universe" tie-breaking, as pref_voting does): a candidate wins if it wins in some universe.
 * When there are too many orders, the single order by candidate position is used.
 */
export function edgeOrders(groups: Edge[][]): { orders: Edge[][]; exhaustive: boolean } {
  const total = groups.reduce((product, g) => product * factorial(g.length), 1)
  if (total > MAX_UNIVERSES) return { orders: [groups.flat()], exhaustive: false }
  let orders: Edge[][] = [[]]
  for (const group of groups) {
    const perms = permutations(group)
    const next: Edge[][] = []
    for (const prefix of orders) for (const perm of perms) next.push([...prefix, ...perm])
    orders = next
  }
  return { orders, exhaustive: true }
}

/** Whether `to` can already reach `from` through locked edges (so from→to would close a cycle). */
export function reaches(locked: boolean[][], from: number, to: number): boolean {
  const seen = new Set<number>([from])
  const stack = [from]
  while (stack.length > 0) {
    const x = stack.pop() as number
    if (x === to) return true
    const row = locked[x] ?? []
    row.forEach((isLocked, y) => {
      if (isLocked && !seen.has(y)) {
        seen.add(y)
        stack.push(y)
      }
    })
  }
  return false
}

/** Levels of a DAG: sources first, then the sources of what remains, and so on. */
export function levelsOfGraph(n: number, locked: boolean[][]): number[][] {
  let remaining = Array.from({ length: n }, (_, i) => i)
  const levels: number[][] = []
  while (remaining.length > 0) {
    const sources = remaining.filter((x) => !remaining.some((y) => locked[y]?.[x] === true))
    const level = sources.length > 0 ? sources : remaining
    levels.push(level)
    remaining = remaining.filter((x) => !level.includes(x))
  }
  return levels
}

/**
 * Combines the rankings of several universes: when they agree, that ranking; otherwise the
 * candidates who win in some universe share first place, and the others are grouped by their
 * best level in any universe.
 */
export function combineUniverses(candidates: readonly string[], universes: number[][][]): string[][] {
  const first = universes[0] ?? []
  const key = (levels: number[][]) => JSON.stringify(levels.map((l) => [...l].sort((a, b) => a - b)))
  const firstKey = key(first)
  if (universes.every((u) => key(u) === firstKey))
    return first.map((level) => level.map((i) => candidates[i] as string))
  const winners = new Set<number>()
  for (const u of universes) for (const i of u[0] ?? []) winners.add(i)
  const best = new Map<number, number>()
  for (const u of universes)
    u.forEach((level, depth) => {
      for (const i of level) best.set(i, Math.min(best.get(i) ?? depth, depth))
    })
  const ranking: string[][] = [candidates.filter((_, i) => winners.has(i))]
  const rest = candidates.map((_, i) => i).filter((i) => !winners.has(i))
  const depths = [...new Set(rest.map((i) => best.get(i) ?? 0))].sort((a, b) => a - b)
  for (const depth of depths)
    ranking.push(rest.filter((i) => best.get(i) === depth).map((i) => candidates[i] as string))
  return ranking
}
