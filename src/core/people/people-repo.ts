import type Database from 'better-sqlite3'
import type {
  AttendanceMark,
  AttendanceState,
  MemberComment,
  MemberRecordInput,
  MemberStatus,
  StatusChange,
} from '../../shared/people.ts'
import type { Row } from '../project/schema.ts'

/** All the SQL of the people aggregate: members' records, status history, comments, attendance. */

type Db = Database.Database

/** A drawn person with their record, as stored. */
export type StoredMember = {
  respondentId: number
  externalId: string
  firstName: string
  lastName: string
  role: 'selected' | 'reserve'
  reserveRank: number | null
  status: MemberStatus
  /** From the pool's registration. */
  poolEmail: string
  poolPhone: string
  record: Row<'member_record'> | null
}

type MemberJoin = {
  respondent_id: number
  external_id: string
  first_name: string
  last_name: string
  role: 'selected' | 'reserve'
  reserve_rank: number | null
  status: MemberStatus
  pool_email: string
  pool_phone: string
  has_record: number | null
  preferred_name: string | null
  email: string | null
  phone: string | null
  channel: string | null
  language: string | null
  staff_contact: string | null
  updated_at: string | null
}

const memberSelect = `select m.respondent_id, r.external_id, r.first_name, r.last_name, m.role, m.reserve_rank, m.status,
    r.email as pool_email, r.phone as pool_phone, mr.respondent_id as has_record, mr.preferred_name, mr.email,
    mr.phone, mr.channel, mr.language, mr.staff_contact, mr.updated_at
  from panel_member m join respondent r on r.id = m.respondent_id
  left join member_record mr on mr.respondent_id = m.respondent_id`

function toMember(row: MemberJoin): StoredMember {
  return {
    respondentId: row.respondent_id,
    externalId: row.external_id,
    firstName: row.first_name,
    lastName: row.last_name,
    role: row.role,
    reserveRank: row.reserve_rank,
    status: row.status,
    poolEmail: row.pool_email,
    poolPhone: row.pool_phone,
    record:
      row.has_record === null
        ? null
        : {
            respondent_id: row.respondent_id,
            preferred_name: row.preferred_name ?? '',
            email: row.email ?? '',
            phone: row.phone ?? '',
            channel: row.channel,
            language: row.language ?? '',
            staff_contact: row.staff_contact ?? '',
            updated_at: row.updated_at ?? '',
          },
  }
}

/** Everyone drawn (the panel, then the reserve list in order), with their records. */
export function readMembers(sqlite: Db): StoredMember[] {
  return sqlite
    .prepare<[], MemberJoin>(
      `${memberSelect} order by m.role desc, m.reserve_rank, r.last_name, r.first_name, r.external_id`,
    )
    .all()
    .map(toMember)
}

export function readMember(sqlite: Db, externalId: string): StoredMember | undefined {
  const row = sqlite.prepare<[string], MemberJoin>(`${memberSelect} where r.external_id = ?`).get(externalId)
  return row ? toMember(row) : undefined
}

export function writeRecord(sqlite: Db, respondentId: number, record: MemberRecordInput, at: string): void {
  sqlite
    .prepare(
      `insert into member_record (respondent_id, preferred_name, email, phone, channel, language, staff_contact, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (respondent_id) do update set preferred_name = excluded.preferred_name, email = excluded.email,
         phone = excluded.phone, channel = excluded.channel, language = excluded.language,
         staff_contact = excluded.staff_contact, updated_at = excluded.updated_at`,
    )
    .run(
      respondentId,
      record.preferredName,
      record.email,
      record.phone,
      record.channel,
      record.language,
      record.staffContact,
      at,
    )
}

export function insertStatusChange(
  sqlite: Db,
  respondentId: number,
  change: Omit<StatusChange, 'at'>,
  at: string,
): void {
  sqlite
    .prepare(
      'insert into member_status_change (respondent_id, from_status, to_status, reason, by_name, at) values (?, ?, ?, ?, ?, ?)',
    )
    .run(respondentId, change.from, change.to, change.reason, change.by, at)
}

export function readHistory(sqlite: Db, respondentId: number): StatusChange[] {
  return sqlite
    .prepare<[number], Row<'member_status_change'>>(
      'select * from member_status_change where respondent_id = ? order by id',
    )
    .all(respondentId)
    .map((r) => ({
      from: r.from_status as MemberStatus,
      to: r.to_status as MemberStatus,
      reason: r.reason,
      by: r.by_name,
      at: r.at,
    }))
}

export function insertComment(sqlite: Db, respondentId: number, text: string, by: string, at: string): void {
  sqlite
    .prepare('insert into member_comment (respondent_id, text, by_name, at) values (?, ?, ?, ?)')
    .run(respondentId, text, by, at)
}

export function readComments(sqlite: Db, respondentId: number): MemberComment[] {
  return sqlite
    .prepare<[number], Row<'member_comment'>>(
      'select * from member_comment where respondent_id = ? order by id',
    )
    .all(respondentId)
    .map((r) => ({ id: r.id, text: r.text, by: r.by_name, at: r.at }))
}

function toMark(row: Row<'attendance'>): AttendanceMark {
  return {
    sessionId: row.session_id,
    state: row.state as AttendanceState,
    arrived: row.arrived_min,
    left: row.left_min,
    reason: row.reason,
    by: row.by_name,
    at: row.at,
  }
}

export function writeAttendance(sqlite: Db, respondentId: number, mark: AttendanceMark): void {
  sqlite
    .prepare(
      `insert into attendance (respondent_id, session_id, state, arrived_min, left_min, reason, by_name, at)
       values (?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (respondent_id, session_id) do update set state = excluded.state, arrived_min = excluded.arrived_min,
         left_min = excluded.left_min, reason = excluded.reason, by_name = excluded.by_name, at = excluded.at`,
    )
    .run(respondentId, mark.sessionId, mark.state, mark.arrived, mark.left, mark.reason, mark.by, mark.at)
}

export function deleteAttendance(sqlite: Db, respondentId: number, sessionId: number): void {
  sqlite
    .prepare('delete from attendance where respondent_id = ? and session_id = ?')
    .run(respondentId, sessionId)
}

export function readMemberAttendance(sqlite: Db, respondentId: number): AttendanceMark[] {
  return sqlite
    .prepare<[number], Row<'attendance'>>(
      'select a.* from attendance a join session s on s.id = a.session_id where a.respondent_id = ? order by s.date, s.start_min',
    )
    .all(respondentId)
    .map(toMark)
}

export function readMark(sqlite: Db, respondentId: number, sessionId: number): AttendanceMark | undefined {
  const row = sqlite
    .prepare<[number, number], Row<'attendance'>>(
      'select * from attendance where respondent_id = ? and session_id = ?',
    )
    .get(respondentId, sessionId)
  return row ? toMark(row) : undefined
}

/** Every mark, by respondent id. */
export function readAllAttendance(sqlite: Db): Map<number, AttendanceMark[]> {
  const out = new Map<number, AttendanceMark[]>()
  for (const row of sqlite.prepare<[], Row<'attendance'>>('select * from attendance').all()) {
    const list = out.get(row.respondent_id) ?? []
    list.push(toMark(row))
    out.set(row.respondent_id, list)
  }
  return out
}

export function countThere(sqlite: Db, sessionId: number, states: readonly AttendanceState[]): number {
  const row = sqlite
    .prepare<unknown[], { n: number }>(
      `select count(*) as n from attendance where session_id = ? and state in (${states.map(() => '?').join(', ')})`,
    )
    .get(sessionId, ...states)
  return row?.n ?? 0
}
