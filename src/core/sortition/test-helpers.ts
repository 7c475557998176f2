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
