import { SeededRandom } from '../random/seeded-random.ts'
import type { DrawInput, Quota, Respondent } from './types.ts'

/** Builds a pool from compact rows like ['a', {g: 'F'}, 'house1'] for tests and benchmarks. */
export function pool(rows: [string, Record<string, string>, string?][]): Respondent[] {
  return rows.map(([id, features, household]) => (household ? { id, features, household } : { id, features }))
}

export function quota(
  category: string,
  value: string,
  min: number,
  max: number,
  extra: Partial<Quota> = {},
): Quota {
  return { category, value, min, max, ...extra }
}

export function input(quotas: Quota[], respondents: Respondent[], panelSize: number): DrawInput {
  return { quotas, pool: respondents, panelSize }
}

/**
 * 60 people in three categories, answers from a seeded generator, quotas far from the pool's
 * shares: k/n is out of reach, so column generation runs for several rounds and stages.
 */
export function skewedInput(): DrawInput {
  const random = new SeededRandom('progress-bound')
  const pick = (values: string[]) => values[Math.floor(random.next() * values.length)] ?? 'x'
  const rows: [string, Record<string, string>][] = []
  for (let i = 0; i < 60; i++)
    rows.push([
      `p${i}`,
      { g: random.next() < 0.3 ? 'F' : 'M', age: pick(['y', 'm', 'o']), area: pick(['n', 's', 'e', 'w']) },
    ])
  const quotas = [
    quota('g', 'F', 5, 6),
    quota('g', 'M', 4, 5),
    ...['y', 'm', 'o'].map((v) => quota('age', v, 3, 4)),
    ...['n', 's', 'e', 'w'].map((v, j) => quota('area', v, j === 0 ? 4 : 1, j === 0 ? 5 : 3)),
  ]
  return input(quotas, pool(rows), 10)
}
