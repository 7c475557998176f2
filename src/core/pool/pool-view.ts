import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { CategorySummary, PersonDetail, PoolColumns } from '../../shared/pool.ts'
import { firstDrawChances, panelPlaces } from '../draw/pool-places.ts'
import {
  categoryRows,
  householdMembers,
  personRow,
  personRows,
  personValues,
  poolSize,
  valueCounts,
  valueLinks,
  valueRows,
} from './pool-repo.ts'

/** Everything the pool table needs, in one pass, as columns (see PoolColumns). */
export function poolColumns(sqlite: Database.Database): PoolColumns {
  const categories = categoryRows(sqlite)
  const values = valueRows(sqlite)
  const columnOf = new Map(categories.map((c, i) => [c.id, i]))
  const valueIndex = new Map<number, number>()
  const withValues = categories.map((c) => ({ id: c.id, name: c.name, values: [] as string[] }))
  for (const v of values) {
    const column = withValues[columnOf.get(v.category_id) ?? -1]
    if (!column) continue
    valueIndex.set(v.id, column.values.length)
    column.values.push(v.value)
  }
  const people = personRows(sqlite)
  const out: PoolColumns = {
    categories: withValues,
    ids: [],
    externalIds: [],
    names: [],
    emails: [],
    phones: [],
    postcodes: [],
    households: [],
    values: categories.map(() => new Array<number>(people.length).fill(-1)),
    chances: null,
    chance: [],
    panel: [],
  }
  const chances = firstDrawChances(sqlite)
  const places = panelPlaces(sqlite)
  out.chances = chances?.draw ?? null
  const households = new Map<string, number>()
  const rowOf = new Map<number, number>()
  people.forEach(([id, externalId, first, last, email, phone, postcode, householdKey], row) => {
    let household = 0
    if (householdKey !== '') {
      household = households.get(householdKey) ?? households.size + 1
      households.set(householdKey, household)
    }
    rowOf.set(id, row)
    out.ids.push(id)
    out.externalIds.push(externalId)
    out.names.push(`${first} ${last}`.trim())
    out.emails.push(email)
    out.phones.push(phone)
    out.postcodes.push(postcode)
    out.households.push(household)
    if (chances) out.chance.push(chances.byId[externalId] ?? -1)
    out.panel.push(places.get(externalId) ?? '')
  })
  for (const [respondentId, categoryId, valueId] of valueLinks(sqlite)) {
    const row = rowOf.get(respondentId)
    const column = out.values[columnOf.get(categoryId) ?? -1]
    if (row !== undefined && column) column[row] = valueIndex.get(valueId) ?? -1
  }
  return out
}

export function personDetail(sqlite: Database.Database, id: number): PersonDetail {
  const p = personRow(sqlite, id)
  if (!p) throw new AppError('invalid-input', msg('pool.personGone'))
  const values = personValues(sqlite, id)
  const householdKey = p.household_key
  const members = householdKey === '' ? [] : householdMembers(sqlite, householdKey, id)
  return {
    id,
    externalId: p.external_id,
    firstName: p.first_name,
    lastName: p.last_name,
    email: p.email,
    phone: p.phone,
    phone2: p.phone2,
    address: p.address,
    postcode: p.postcode,
    consent: p.consent,
    notes: JSON.parse(p.notes) as Record<string, string>,
    values: Object.fromEntries(values.map((v) => [v.name, v.value])),
    householdMembers: members.map((m) => ({
      id: m.id,
      externalId: m.external_id,
      name: `${m.first_name} ${m.last_name}`.trim(),
    })),
    createdAt: p.created_at,
    updatedAt: p.updated_at,
  }
}

/** Per category: how many people gave each value, their share of the pool, and the gap to the target share. */
export function poolSummary(sqlite: Database.Database): CategorySummary[] {
  const total = poolSize(sqlite)
  const rows = valueCounts(sqlite)
  const out: CategorySummary[] = []
  for (const row of rows) {
    let summary = out.find((s) => s.name === row.category)
    if (!summary) {
      summary = { name: row.category, total, values: [] }
      out.push(summary)
    }
    const targetShare = row.target === null ? null : row.target / 100
    summary.values.push({
      value: row.value,
      count: row.count,
      share: total === 0 ? 0 : row.count / total,
      targetShare,
      shortfall: targetShare === null ? null : Math.max(0, Math.round(targetShare * total - row.count)),
    })
  }
  return out
}
