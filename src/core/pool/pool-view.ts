import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import type { CategorySummary, PersonDetail, PoolColumns } from '../../shared/pool.ts'
import { firstDrawChances, panelPlaces } from '../draw/pool-places.ts'

/** Everything the pool table needs, in one pass, as columns (see PoolColumns). */
export function poolColumns(sqlite: Database.Database): PoolColumns {
  const categories = sqlite
    .prepare<[], { id: number; name: string }>('select id, name from category order by position')
    .all()
  const valueRows = sqlite
    .prepare<[], { id: number; category_id: number; value: string }>(
      'select id, category_id, value from category_value order by position',
    )
    .all()
  const columnOf = new Map(categories.map((c, i) => [c.id, i]))
  const valueIndex = new Map<number, number>()
  const withValues = categories.map((c) => ({ id: c.id, name: c.name, values: [] as string[] }))
  for (const v of valueRows) {
    const column = withValues[columnOf.get(v.category_id) ?? -1]
    if (!column) continue
    valueIndex.set(v.id, column.values.length)
    column.values.push(v.value)
  }
  const people = sqlite
    .prepare(
      'select id, external_id, first_name, last_name, email, phone, postcode, household_key from respondent order by id',
    )
    .raw()
    .all() as [number, string, string, string, string, string, string, string][]
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
  const links = sqlite
    .prepare('select respondent_id, category_id, value_id from respondent_value')
    .raw()
    .all() as [number, number, number][]
  for (const [respondentId, categoryId, valueId] of links) {
    const row = rowOf.get(respondentId)
    const column = out.values[columnOf.get(categoryId) ?? -1]
    if (row !== undefined && column) column[row] = valueIndex.get(valueId) ?? -1
  }
  return out
}

export function personDetail(sqlite: Database.Database, id: number): PersonDetail {
  const p = sqlite
    .prepare<[number], Record<string, string | number>>('select * from respondent where id = ?')
    .get(id)
  if (!p) throw new AppError('invalid-input', 'This person is no longer in the pool.')
  const values = sqlite
    .prepare<[number], { name: string; value: string }>(
      `select c.name, v.value from respondent_value rv join category c on c.id = rv.category_id
       join category_value v on v.id = rv.value_id where rv.respondent_id = ? order by c.position`,
    )
    .all(id)
  const householdKey = String(p['household_key'])
  const members =
    householdKey === ''
      ? []
      : sqlite
          .prepare<
            [string, number],
            { id: number; external_id: string; first_name: string; last_name: string }
          >(
            'select id, external_id, first_name, last_name from respondent where household_key = ? and id != ? order by id',
          )
          .all(householdKey, id)
  return {
    id,
    externalId: String(p['external_id']),
    firstName: String(p['first_name']),
    lastName: String(p['last_name']),
    email: String(p['email']),
    phone: String(p['phone']),
    phone2: String(p['phone2']),
    address: String(p['address']),
    postcode: String(p['postcode']),
    consent: String(p['consent']),
    notes: JSON.parse(String(p['notes'])) as Record<string, string>,
    values: Object.fromEntries(values.map((v) => [v.name, v.value])),
    householdMembers: members.map((m) => ({
      id: m.id,
      externalId: m.external_id,
      name: `${m.first_name} ${m.last_name}`.trim(),
    })),
    createdAt: String(p['created_at']),
    updatedAt: String(p['updated_at']),
  }
}

/** Per category: how many people gave each value, their share of the pool, and the gap to the target share. */
export function poolSummary(sqlite: Database.Database): CategorySummary[] {
  const total = (sqlite.prepare('select count(*) as n from respondent').get() as { n: number }).n
  const rows = sqlite
    .prepare<[], { category: string; value: string; count: number; target: number | null }>(
      `select c.name as category, v.value, count(rv.respondent_id) as count,
         (select q.population_share from quota q where q.value_id = v.id) as target
       from category c join category_value v on v.category_id = c.id
       left join respondent_value rv on rv.value_id = v.id
       group by v.id order by c.position, v.position`,
    )
    .all()
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
