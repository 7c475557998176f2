import type Database from 'better-sqlite3'
import type { DrawInput, Respondent } from '../sortition/types.ts'
import { drawPeople, namedValues } from '../pool/pool-repo.ts'
import { quotaTable } from './quota-repo.ts'

/**
 * The draw's input from the project: every category value's quota, and every person in the pool
 * with one value per category and their household (people sharing an address share a key).
 * `exclude` leaves people out (e.g. those already selected, for replacements).
 */
export function projectDrawInput(
  sqlite: Database.Database,
  options: { exclude?: Set<string> } = {},
): DrawInput {
  const table = quotaTable(sqlite)
  const quotas = table.categories.flatMap((c) =>
    c.values.map((v) => ({
      category: v.category,
      value: v.value,
      min: v.min,
      max: v.max,
      ...(v.minFlex !== null ? { minFlex: v.minFlex } : {}),
      ...(v.maxFlex !== null ? { maxFlex: v.maxFlex } : {}),
    })),
  )
  const people = new Map<number, Respondent>()
  for (const r of drawPeople(sqlite)) {
    if (options.exclude?.has(r.external_id)) continue
    people.set(r.id, {
      id: r.external_id,
      features: {},
      ...(r.household_key !== '' ? { household: r.household_key } : {}),
    })
  }
  for (const v of namedValues(sqlite)) {
    const person = people.get(v.respondent_id)
    if (person) person.features[v.category] = v.value
  }
  return { quotas, pool: [...people.values()], panelSize: table.panelSize ?? 0 }
}
