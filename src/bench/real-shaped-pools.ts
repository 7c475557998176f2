/**
 * Pools shaped like the real ones of Flanigan et al. (2021), for the LEXIMIN benchmarks: the ten
 * real pools are not public, but their published statistics are (lowest LEXIMIN chance well below
 * k/n everywhere, e.g. 312 people, 35 seats: 6.7% against 11.2%). What makes them hard is that
 * registration is self-selected: some groups answer the invitation far more than others, while
 * the quotas follow the population. So the over-represented groups must get chances below k/n.
 *
 * The generator draws a population with correlated categories (a hidden trait tilts every
 * category), lets people register with a propensity that depends on that trait and on their
 * values, puts some of them in two-person households with a partner of similar age and the
 * same area, and sets quotas from the population shares (±1 seat, at least 1 for every group that
 * registered). Deterministic for a given seed.
 */
import { SeededRandom } from '../core/random/seeded-random.ts'
import type { DrawInput, Quota, Respondent } from '../core/sortition/types.ts'

export type PoolShape = {
  name: string
  seed: string
  n: number
  k: number
  /** Number of values in each category. */
  sizes: number[]
  /** Share of the pool living with another pool member. */
  householdShare: number
}

/** The instances of the LEXIMIN benchmark (issue 9's table). */
export const REAL_SHAPES: PoolShape[] = [
  { name: 'real-shaped 150/20', seed: 'rs-150', n: 150, k: 20, sizes: [2, 4, 3, 3, 3], householdShare: 0 },
  {
    name: 'real-shaped 300/35 households',
    seed: 'rs-300',
    n: 300,
    k: 35,
    sizes: [2, 5, 4, 3, 3, 3],
    householdShare: 0.2,
  },
  {
    name: 'real-shaped 500/50',
    seed: 'rs-500',
    n: 500,
    k: 50,
    sizes: [3, 5, 4, 4, 3, 3, 2],
    householdShare: 0.1,
  },
  {
    name: 'real-shaped 1000/100',
    seed: 'rs-1000',
    n: 1000,
    k: 100,
    sizes: [3, 6, 5, 4, 3, 3, 2],
    householdShare: 0.1,
  },
  {
    name: 'sf_e-shaped 1727/110',
    seed: 'rs-1727',
    n: 1727,
    k: 110,
    sizes: [3, 6, 6, 4, 4, 3, 3],
    householdShare: 0.1,
  },
]

type Person = { values: number[]; trait: number }

function pick(random: SeededRandom, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0)
  let u = random.next() * total
  for (let v = 0; v < weights.length; v++) {
    u -= weights[v] ?? 0
    if (u < 0) return v
  }
  return weights.length - 1
}

export function realShapedPool(shape: PoolShape): DrawInput {
  const random = new SeededRandom(shape.seed)
  const { sizes } = shape
  // Population shares: uneven, the last value of each category a small group (3–6%).
  const base = sizes.map((size) =>
    Array.from({ length: size }, (_, v) => (v === size - 1 && size > 2 ? 0.35 : 1 + random.next() * 1.5)),
  )
  // How much more each value answers the invitation (self-selection), e.g. the highly educated.
  const bias = sizes.map((size) => Array.from({ length: size }, () => Math.exp(2.4 * (random.next() - 0.5))))
  const person = (trait: number, like?: Person): Person => ({
    trait,
    values: sizes.map((size, c) => {
      // Partners share the area (category 2) and mostly the age band (category 1).
      if (like && (c === 2 || (c === 1 && random.next() < 0.7))) return like.values[c] ?? 0
      const tilted = (base[c] ?? []).map((w, v) => w * (1 + 1.5 * Math.abs(trait - v / size)))
      return pick(random, tilted)
    }),
  })
  const propensity = (p: Person) =>
    p.values.reduce((acc, v, c) => acc * (bias[c]?.[v] ?? 1), 1) * (0.3 + p.trait)

  // The population (for the quotas) and the self-selected pool.
  const population: Person[] = []
  for (let i = 0; i < 20 * shape.n; i++) population.push(person(random.next()))
  const maxPropensity = Math.max(...population.map(propensity))
  const pool: Respondent[] = []
  const poolPeople: Person[] = []
  while (pool.length < shape.n) {
    const p = person(random.next())
    if (random.next() * maxPropensity > propensity(p)) continue
    const id = `p${pool.length + 1}`
    if (pool.length + 1 < shape.n && random.next() < shape.householdShare / 2) {
      const partner = person(Math.min(1, Math.max(0, p.trait + (random.next() - 0.5) * 0.3)), p)
      pool.push(
        respondent(id, p, `h${pool.length}`),
        respondent(`p${pool.length + 2}`, partner, `h${pool.length}`),
      )
      poolPeople.push(p, partner)
    } else {
      pool.push(respondent(id, p))
      poolPeople.push(p)
    }
  }
  const quotas: Quota[] = []
  sizes.forEach((size, c) => {
    for (let v = 0; v < size; v++) {
      const share = population.filter((p) => p.values[c] === v).length / population.length
      const inPool = poolPeople.filter((p) => p.values[c] === v).length
      const exact = share * shape.k
      quotas.push({
        category: `cat${c + 1}`,
        value: `v${v + 1}`,
        min: Math.min(inPool, Math.max(inPool > 0 ? 1 : 0, Math.floor(exact) - 1)),
        max: Math.min(inPool, Math.ceil(exact) + 1),
      })
    }
  })
  return { pool, quotas, panelSize: shape.k }
}

function respondent(id: string, p: Person, household?: string): Respondent {
  const features: Record<string, string> = {}
  p.values.forEach((v, c) => (features[`cat${c + 1}`] = `v${v + 1}`))
  return household ? { id, features, household } : { id, features }
}
