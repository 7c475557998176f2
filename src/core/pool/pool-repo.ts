import type Database from 'better-sqlite3'
import type { ImportMapping, MissingPolicy } from '../../shared/pool.ts'
import type { Row } from '../project/schema.ts'
import type { PersonRecord } from './validate-rows.ts'

export type CategoryRecord = {
  id: number
  name: string
  missingValue: string | null
  values: { id: number; value: string }[]
}

export function loadCategories(sqlite: Database.Database): CategoryRecord[] {
  const categories = sqlite.prepare<[], Row<'category'>>('select * from category order by position').all()
  const values = sqlite
    .prepare<[], Row<'category_value'>>('select * from category_value order by position')
    .all()
  return categories.map((c) => ({
    id: c.id,
    name: c.name,
    missingValue: c.missing_value,
    values: values.filter((v) => v.category_id === c.id).map((v) => ({ id: v.id, value: v.value })),
  }))
}

/**
 * Creates the categories and values an import needs (existing ones are kept, new values appended).
 * Runs inside the caller's transaction, on the same connection.
 */
export function ensureCategories(
  sqlite: Database.Database,
  wanted: Map<string, Set<string>>,
  missing: Record<string, MissingPolicy>,
): Map<string, { id: number; values: Map<string, number> }> {
  const findCategory = sqlite.prepare<[string], { id: number }>('select id from category where name = ?')
  const nextCategory = sqlite.prepare<[], { n: number }>(
    'select coalesce(max(position), -1) + 1 as n from category',
  )
  const insertCategory = sqlite.prepare(
    'insert into category (name, position, missing_value) values (?, ?, ?)',
  )
  const setMissing = sqlite.prepare('update category set missing_value = ? where id = ?')
  const valuesOf = sqlite.prepare<[number], { id: number; value: string }>(
    'select id, value from category_value where category_id = ?',
  )
  const nextValue = sqlite.prepare<[number], { n: number }>(
    'select coalesce(max(position), -1) + 1 as n from category_value where category_id = ?',
  )
  const insertValue = sqlite.prepare(
    'insert into category_value (category_id, value, position) values (?, ?, ?)',
  )

  const out = new Map<string, { id: number; values: Map<string, number> }>()
  for (const [name, values] of wanted) {
    const policy = missing[name]
    const missingValue = policy?.kind === 'value' ? policy.value : null
    let id = findCategory.get(name)?.id
    if (id === undefined) {
      id = Number(insertCategory.run(name, nextCategory.get()?.n ?? 0, missingValue).lastInsertRowid)
    } else if (policy) {
      setMissing.run(missingValue, id)
    }
    const known = new Map(valuesOf.all(id).map((v) => [v.value, v.id]))
    for (const value of values) {
      if (known.has(value)) continue
      known.set(value, Number(insertValue.run(id, value, nextValue.get(id)?.n ?? 0).lastInsertRowid))
    }
    out.set(name, { id, values: known })
  }
  return out
}

type Counts = { added: number; updated: number; unchanged: number }

/**
 * Writes people: new ids are inserted, known ids updated when something changed. Prepared
 * statements on the project's connection, inside the caller's transaction (fast for 50,000 rows).
 */
export function upsertPeople(
  sqlite: Database.Database,
  people: PersonRecord[],
  categories: Map<string, { id: number; values: Map<string, number> }>,
  importId: number | null,
  at: string,
): Counts {
  const find = sqlite.prepare<[string], { id: number; signature: string }>(
    `select r.id, r.first_name || char(31) || r.last_name || char(31) || r.email || char(31) || r.phone || char(31) ||
            r.phone2 || char(31) || r.address || char(31) || r.postcode || char(31) || r.consent || char(31) || r.notes ||
            char(31) || coalesce((select group_concat(category_id || ':' || value_id, ',') from
              (select category_id, value_id from respondent_value where respondent_id = r.id order by category_id)), '')
            as signature
     from respondent r where r.external_id = ?`,
  )
  const insert = sqlite.prepare(
    `insert into respondent (external_id, first_name, last_name, email, phone, phone2, address, postcode, household_key,
       consent, notes, import_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const update = sqlite.prepare(
    `update respondent set first_name = ?, last_name = ?, email = ?, phone = ?, phone2 = ?, address = ?, postcode = ?,
       household_key = ?, consent = ?, notes = ?, import_id = ?, updated_at = ? where id = ?`,
  )
  const clearValues = sqlite.prepare('delete from respondent_value where respondent_id = ?')
  const insertValue = sqlite.prepare(
    'insert into respondent_value (respondent_id, category_id, value_id) values (?, ?, ?)',
  )

  const counts: Counts = { added: 0, updated: 0, unchanged: 0 }
  for (const person of people) {
    const notes = JSON.stringify(person.notes)
    const valueIds = [...categories.entries()]
      .map(([name, c]) => {
        const value = person.values[name]
        return value === undefined ? null : ([c.id, c.values.get(value) ?? 0] as const)
      })
      .filter((v): v is readonly [number, number] => v !== null)
      .sort((a, b) => a[0] - b[0])
    const fields = [
      person.firstName,
      person.lastName,
      person.email,
      person.phone,
      person.phone2,
      person.address,
      person.postcode,
      person.consent,
      notes,
    ]
    const existing = find.get(person.externalId)
    let id: number
    if (!existing) {
      id = Number(
        insert.run(
          person.externalId,
          ...fields.slice(0, 7),
          person.householdKey,
          person.consent,
          notes,
          importId,
          at,
          at,
        ).lastInsertRowid,
      )
      counts.added += 1
    } else {
      const signature = [...fields, valueIds.map(([c, v]) => `${c}:${v}`).join(',')].join('\u001f')
      if (signature === existing.signature) {
        counts.unchanged += 1
        continue
      }
      id = existing.id
      update.run(...fields.slice(0, 7), person.householdKey, person.consent, notes, importId, at, id)
      clearValues.run(id)
      counts.updated += 1
    }
    for (const [categoryId, valueId] of valueIds) insertValue.run(id, categoryId, valueId)
  }
  return counts
}

/** Ids of people in the pool who are not in `present`. */
export function missingFrom(sqlite: Database.Database, present: Set<string>): string[] {
  const all = sqlite.prepare<[], string>('select external_id from respondent order by id').pluck().all()
  return all.filter((id) => !present.has(id))
}

export function headersKey(headers: string[]): string {
  return headers.map((h) => h.trim().toLowerCase()).join('\u001f')
}

export function recallMapping(sqlite: Database.Database, headers: string[]): ImportMapping | null {
  const mapping = sqlite
    .prepare<[string], string>('select mapping from import_mapping where headers_key = ?')
    .pluck()
    .get(headersKey(headers))
  return mapping === undefined ? null : (JSON.parse(mapping) as ImportMapping)
}

/**
 * Per category name, answer key -> value as every remembered mapping chose it (the latest wins), so
 * that answers mapped by hand in one import are suggested in the next, whatever its headers.
 */
export function learnedAnswers(sqlite: Database.Database): Record<string, Record<string, string>> {
  const mappings = sqlite
    .prepare<[], string>('select mapping from import_mapping order by updated_at, headers_key')
    .pluck()
    .all()
  const out: Record<string, Record<string, string>> = {}
  for (const text of mappings) {
    const mapping = JSON.parse(text) as ImportMapping
    for (const [category, values] of Object.entries(mapping.values)) {
      out[category] = { ...out[category], ...values }
    }
  }
  return out
}

export function rememberMapping(
  sqlite: Database.Database,
  headers: string[],
  mapping: ImportMapping,
  at: string,
): void {
  sqlite
    .prepare(
      `insert into import_mapping (headers_key, mapping, updated_at) values (?, ?, ?)
       on conflict (headers_key) do update set mapping = excluded.mapping, updated_at = excluded.updated_at`,
    )
    .run(headersKey(headers), JSON.stringify(mapping), at)
}

/** Starts the record of one import (its summary follows once the rows are written); returns its id. */
export function insertImport(sqlite: Database.Database, at: string, fileName: string): number {
  return Number(
    sqlite
      .prepare('insert into pool_import (at, file_name, summary) values (?, ?, ?)')
      .run(at, fileName, '{}').lastInsertRowid,
  )
}

export function setImportSummary(sqlite: Database.Database, importId: number, summary: unknown): void {
  sqlite.prepare('update pool_import set summary = ? where id = ?').run(JSON.stringify(summary), importId)
}

export function hasPerson(sqlite: Database.Database, externalId: string): boolean {
  return sqlite.prepare('select 1 from respondent where external_id = ?').get(externalId) !== undefined
}

export function personId(sqlite: Database.Database, externalId: string): number {
  const id = sqlite
    .prepare<[string], number>('select id from respondent where external_id = ?')
    .pluck()
    .get(externalId)
  if (id === undefined) throw new Error(`No one in the pool has the id ${externalId}.`)
  return id
}

/** How many people were added by hand (their ids start with M-). */
export function countManualIds(sqlite: Database.Database): number {
  return (
    sqlite
      .prepare<[], number>("select count(*) from respondent where external_id like 'M-%'")
      .pluck()
      .get() ?? 0
  )
}

export function poolSize(sqlite: Database.Database): number {
  return sqlite.prepare<[], number>('select count(*) from respondent').pluck().get() ?? 0
}

export function categoryRows(sqlite: Database.Database): { id: number; name: string }[] {
  return sqlite
    .prepare<[], { id: number; name: string }>('select id, name from category order by position')
    .all()
}

export function valueRows(sqlite: Database.Database): { id: number; category_id: number; value: string }[] {
  return sqlite
    .prepare<[], { id: number; category_id: number; value: string }>(
      'select id, category_id, value from category_value order by position',
    )
    .all()
}

/** The people as the pool table lists them, as arrays (fast for 50,000 rows). */
export function personRows(
  sqlite: Database.Database,
): [number, string, string, string, string, string, string, string][] {
  return sqlite
    .prepare(
      'select id, external_id, first_name, last_name, email, phone, postcode, household_key from respondent order by id',
    )
    .raw()
    .all() as [number, string, string, string, string, string, string, string][]
}

/** Every person's category values: [respondent id, category id, value id]. */
export function valueLinks(sqlite: Database.Database): [number, number, number][] {
  return sqlite.prepare('select respondent_id, category_id, value_id from respondent_value').raw().all() as [
    number,
    number,
    number,
  ][]
}

export function personRow(sqlite: Database.Database, id: number): Row<'respondent'> | undefined {
  return sqlite.prepare<[number], Row<'respondent'>>('select * from respondent where id = ?').get(id)
}

/** One person's category values, by category name. */
export function personValues(sqlite: Database.Database, id: number): { name: string; value: string }[] {
  return sqlite
    .prepare<[number], { name: string; value: string }>(
      `select c.name, v.value from respondent_value rv join category c on c.id = rv.category_id
       join category_value v on v.id = rv.value_id where rv.respondent_id = ? order by c.position`,
    )
    .all(id)
}

/** The others in a household (same household key). */
export function householdMembers(
  sqlite: Database.Database,
  householdKey: string,
  except: number,
): { id: number; external_id: string; first_name: string; last_name: string }[] {
  return sqlite
    .prepare<[string, number], { id: number; external_id: string; first_name: string; last_name: string }>(
      'select id, external_id, first_name, last_name from respondent where household_key = ? and id != ? order by id',
    )
    .all(householdKey, except)
}

/** Per category value: how many people gave it, and its population share when a quota records one. */
export function valueCounts(
  sqlite: Database.Database,
): { category: string; value: string; count: number; target: number | null }[] {
  return sqlite
    .prepare<[], { category: string; value: string; count: number; target: number | null }>(
      `select c.name as category, v.value, count(rv.respondent_id) as count,
         (select q.population_share from quota q where q.value_id = v.id) as target
       from category c join category_value v on v.category_id = c.id
       left join respondent_value rv on rv.value_id = v.id
       group by v.id order by c.position, v.position`,
    )
    .all()
}

/** The people as a draw sees them: id, external id and household key, by external id. */
export function drawPeople(
  sqlite: Database.Database,
): { id: number; external_id: string; household_key: string }[] {
  return sqlite
    .prepare<[], { id: number; external_id: string; household_key: string }>(
      'select id, external_id, household_key from respondent order by external_id',
    )
    .all()
}

/** Every person's category values by name. */
export function namedValues(
  sqlite: Database.Database,
): IterableIterator<{ respondent_id: number; category: string; value: string }> {
  return sqlite
    .prepare<[], { respondent_id: number; category: string; value: string }>(
      `select rv.respondent_id, c.name as category, v.value from respondent_value rv
       join category c on c.id = rv.category_id join category_value v on v.id = rv.value_id`,
    )
    .iterate()
}

/** What a draw reads of each person (id, household, category answers), for the pool's fingerprint. */
export function poolAnswers(sqlite: Database.Database): [string, string, string | null, string | null][] {
  return sqlite
    .prepare(
      `select r.external_id, r.household_key, c.name, v.value from respondent r
       left join respondent_value rv on rv.respondent_id = r.id
       left join category c on c.id = rv.category_id
       left join category_value v on v.id = rv.value_id
       order by r.external_id, c.name`,
    )
    .raw()
    .all() as [string, string, string | null, string | null][]
}
