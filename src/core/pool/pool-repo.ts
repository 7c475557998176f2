import type Database from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { ImportMapping, MissingPolicy } from '../../shared/pool.ts'
import type { ProjectDatabase } from '../project/schema.ts'
import type { PersonRecord } from './validate-rows.ts'

export type CategoryRecord = {
  id: number
  name: string
  missingValue: string | null
  values: { id: number; value: string }[]
}

export async function loadCategories(db: Kysely<ProjectDatabase>): Promise<CategoryRecord[]> {
  const categories = await db.selectFrom('category').selectAll().orderBy('position').execute()
  const values = await db.selectFrom('category_value').selectAll().orderBy('position').execute()
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

export async function recallMapping(
  db: Kysely<ProjectDatabase>,
  headers: string[],
): Promise<ImportMapping | null> {
  const row = await db
    .selectFrom('import_mapping')
    .select('mapping')
    .where('headers_key', '=', headersKey(headers))
    .executeTakeFirst()
  return row ? (JSON.parse(row.mapping) as ImportMapping) : null
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
