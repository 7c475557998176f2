import type Database from 'better-sqlite3'
import type { ContactAttempt, ContactOutcome } from '../../shared/contacts.ts'
import type { ContactChannel, MemberStatus } from '../../shared/people.ts'
import type { Row } from '../project/schema.ts'

/** All the SQL of the contact log: attempts, the values called first, and the drawn people's answers. */

type Db = Database.Database

function toAttempt(row: Row<'contact_attempt'>): ContactAttempt {
  return {
    id: row.id,
    date: row.date,
    channel: row.channel as ContactChannel,
    outcome: row.outcome as ContactOutcome,
    note: row.note,
    nextAction: row.next_action,
    nextDate: row.next_date,
    staff: row.staff,
    by: row.by_name,
    at: row.at,
  }
}

export function insertAttempt(sqlite: Db, respondentId: number, attempt: Omit<ContactAttempt, 'id'>): void {
  sqlite
    .prepare(
      `insert into contact_attempt (respondent_id, date, channel, outcome, note, next_action, next_date, staff, by_name, at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      respondentId,
      attempt.date,
      attempt.channel,
      attempt.outcome,
      attempt.note,
      attempt.nextAction,
      attempt.nextDate,
      attempt.staff,
      attempt.by,
      attempt.at,
    )
}

/** One person's attempts, newest first (by the day of the attempt, then as recorded). */
export function readAttempts(sqlite: Db, respondentId: number): ContactAttempt[] {
  return sqlite
    .prepare<[number], Row<'contact_attempt'>>(
      'select * from contact_attempt where respondent_id = ? order by date desc, id desc',
    )
    .all(respondentId)
    .map(toAttempt)
}

/** Every attempt, by respondent id, newest first. */
export function readAllAttempts(sqlite: Db): Map<number, ContactAttempt[]> {
  const out = new Map<number, ContactAttempt[]>()
  for (const row of sqlite
    .prepare<[], Row<'contact_attempt'>>('select * from contact_attempt order by date desc, id desc')
    .all()) {
    const list = out.get(row.respondent_id) ?? []
    list.push(toAttempt(row))
    out.set(row.respondent_id, list)
  }
  return out
}

export function readPriorityMarks(sqlite: Db): { category: string; value: string }[] {
  return sqlite
    .prepare<[], Row<'contact_priority'>>(
      'select category, value from contact_priority order by category, value',
    )
    .all()
}

export function replacePriorityMarks(
  sqlite: Db,
  values: readonly { category: string; value: string }[],
): void {
  sqlite.prepare('delete from contact_priority').run()
  const insert = sqlite.prepare('insert or ignore into contact_priority (category, value) values (?, ?)')
  for (const v of values) insert.run(v.category, v.value)
}

/** Every category value in the pool, in the quotas' order. */
export function categoryValues(sqlite: Db): { category: string; value: string }[] {
  return sqlite
    .prepare<[], { category: string; value: string }>(
      `select c.name as category, v.value from category c join category_value v on v.category_id = c.id
       order by c.position, v.position`,
    )
    .all()
}

/** Everyone drawn (panel and reserve) with their status and category answers, one row per answer. */
export function drawnAnswers(sqlite: Db): {
  respondentId: number
  role: 'selected' | 'reserve'
  status: MemberStatus
  category: string
  value: string
}[] {
  return sqlite
    .prepare<
      [],
      {
        respondentId: number
        role: 'selected' | 'reserve'
        status: MemberStatus
        category: string
        value: string
      }
    >(
      `select m.respondent_id as respondentId, m.role, m.status, c.name as category, v.value
       from panel_member m join respondent_value rv on rv.respondent_id = m.respondent_id
       join category c on c.id = rv.category_id join category_value v on v.id = rv.value_id
       order by m.respondent_id, c.position`,
    )
    .all()
}
