import type Database from 'better-sqlite3'
import type { Row } from '../project/schema.ts'

/** All the SQL of table plans: settings, pins and pairs, each session's plan and seats. */

type Db = Database.Database

export function readSettingsRow(sqlite: Db): Row<'table_plan_settings'> | undefined {
  return sqlite
    .prepare<[], Row<'table_plan_settings'>>('select * from table_plan_settings where id = 1')
    .get()
}

export function writeSettingsRow(sqlite: Db, row: Omit<Row<'table_plan_settings'>, 'id'>): void {
  sqlite
    .prepare(
      `insert into table_plan_settings (id, diversify, cluster, cluster_values, table_size, encounter_weight, seed, updated_at)
       values (1, ?, ?, ?, ?, ?, ?, ?)
       on conflict (id) do update set diversify = excluded.diversify, cluster = excluded.cluster,
         cluster_values = excluded.cluster_values,
         table_size = excluded.table_size, encounter_weight = excluded.encounter_weight, seed = excluded.seed,
         updated_at = excluded.updated_at`,
    )
    .run(
      row.diversify,
      row.cluster,
      row.cluster_values,
      row.table_size,
      row.encounter_weight,
      row.seed,
      row.updated_at,
    )
}

export type StoredRule = {
  id: number
  kind: 'pin' | 'apart' | 'together'
  member: string
  other: string | null
  sessionId: number | null
  table: number | null
}

export function readRules(sqlite: Db): StoredRule[] {
  return sqlite
    .prepare<
      [],
      {
        id: number
        kind: StoredRule['kind']
        member: string
        other: string | null
        session_id: number | null
        table_no: number | null
      }
    >(
      `select t.id, t.kind, r.external_id as member, o.external_id as other, t.session_id, t.table_no
       from table_rule t join respondent r on r.id = t.respondent_id left join respondent o on o.id = t.other_id
       order by t.id`,
    )
    .all()
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      member: r.member,
      other: r.other,
      sessionId: r.session_id,
      table: r.table_no,
    }))
}

export function insertRule(
  sqlite: Db,
  rule: {
    kind: StoredRule['kind']
    respondentId: number
    otherId: number | null
    sessionId: number | null
    table: number | null
  },
): void {
  sqlite
    .prepare(
      'insert into table_rule (kind, respondent_id, other_id, session_id, table_no) values (?, ?, ?, ?, ?)',
    )
    .run(rule.kind, rule.respondentId, rule.otherId, rule.sessionId, rule.table)
}

/** Deletes one rule; returns its kind, or undefined when there is no such rule. */
export function deleteRule(sqlite: Db, id: number): StoredRule['kind'] | undefined {
  const row = sqlite
    .prepare<[number], { kind: StoredRule['kind'] }>('select kind from table_rule where id = ?')
    .get(id)
  if (row) sqlite.prepare('delete from table_rule where id = ?').run(id)
  return row?.kind
}

/** The imported fields (JSON notes) of the panel's members, by external id. */
export function memberNotes(sqlite: Db): { external_id: string; notes: string }[] {
  return sqlite
    .prepare<[], { external_id: string; notes: string }>(
      'select r.external_id, r.notes from panel_member m join respondent r on r.id = m.respondent_id order by r.external_id',
    )
    .all()
}

export function readPlans(sqlite: Db): Row<'table_plan'>[] {
  return sqlite.prepare<[], Row<'table_plan'>>('select * from table_plan order by session_id').all()
}

/** Every seat of every plan: session, table (1-based) and the member's external id. */
export function readSeats(sqlite: Db): { session_id: number; table_no: number; external_id: string }[] {
  return sqlite
    .prepare<[], { session_id: number; table_no: number; external_id: string }>(
      `select s.session_id, s.table_no, r.external_id from table_seat s join respondent r on r.id = s.respondent_id
       order by s.session_id, s.table_no, r.external_id`,
    )
    .all()
}

/** Replaces a session's plan and seats. */
export function writePlan(
  sqlite: Db,
  plan: Row<'table_plan'>,
  seats: readonly { respondentId: number; table: number }[],
): void {
  sqlite.prepare('delete from table_seat where session_id = ?').run(plan.session_id)
  sqlite
    .prepare(
      `insert into table_plan (session_id, table_count, seed, fingerprint, planned_at, changed_at) values (?, ?, ?, ?, ?, ?)
       on conflict (session_id) do update set table_count = excluded.table_count, seed = excluded.seed,
         fingerprint = excluded.fingerprint, planned_at = excluded.planned_at, changed_at = excluded.changed_at`,
    )
    .run(plan.session_id, plan.table_count, plan.seed, plan.fingerprint, plan.planned_at, plan.changed_at)
  const insert = sqlite.prepare(
    'insert into table_seat (session_id, respondent_id, table_no) values (?, ?, ?)',
  )
  for (const seat of seats) insert.run(plan.session_id, seat.respondentId, seat.table)
}
