import { seatHolding } from '../../../../shared/people.ts'
import type { PanelMemberView } from '../../../../shared/contract.ts'
import type { PoolRow, PoolTable } from '../../../../shared/pool.ts'

export type Person = { externalId: string; name: string; values: string[] }

/** Looks people up by their id, with their category values as text. */
export function peopleById(pool: PoolTable): Map<string, Person> {
  const map = new Map<string, Person>()
  for (const row of pool.people) map.set(row.externalId, toPerson(pool, row))
  return map
}

function toPerson(pool: PoolTable, row: PoolRow): Person {
  return {
    externalId: row.externalId,
    name: row.name,
    values: pool.categories.map((c, i) => c.values[row.values[i] ?? -1] ?? '—'),
  }
}

/** Still holds a seat: drawn and not declined, withdrawn or replaced. */
export function holdsSeat(member: PanelMemberView): boolean {
  return member.role === 'selected' && seatHolding.includes(member.status)
}
