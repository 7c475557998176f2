import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { TallyResult } from '../../shared/tally-result.ts'
import type { RecordedTieBreak } from '../../shared/vote-vector.ts'
import type {
  BallotSpec,
  CountStatus,
  Operator,
  PaperBallotView,
  PaperMarks,
  PresentFrom,
  TableCount,
} from '../../shared/votes.ts'
import { thereStates } from '../people/attendance-rules.ts'
import type { Row } from '../project/schema.ts'

/** Ballots, their counts and their paper entries as stored (shared by every votes use case). */

export type StoredBallot = {
  id: number
  recommendationId: number | null
  spec: BallotSpec
  createdAt: string
}

export type StoredCount = {
  ballotId: number
  countNo: number
  status: CountStatus
  reason: string
  /** While entering, from the attendance of its session unless typed; once final, as recorded. */
  present: number | null
  presentFrom: PresentFrom
  declaredTotal: number | null
  tables: TableCount[]
  result: TallyResult | null
  resultHash: string | null
  tieSeed: string | null
  tieBreaks: RecordedTieBreak[]
  startedAt: string
  finalisedAt: string | null
}

type BallotRow = Row<'ballot'>
type CountRow = Row<'vote_count'> & {
  ps_id: number | null
  ps_title: string | null
  ps_date: string | null
  ps_there: number
}

/**
 * A count with the session its members present follow: the one chosen, else the ballot's own
 * session (the agenda block it is voted in), and how many members were there (present, late or
 * left early) by that session's attendance.
 */
const countSelect = `select c.*, s.id as ps_id, s.title as ps_title, s.date as ps_date,
    (select count(*) from attendance a where a.session_id = s.id
       and a.state in (${thereStates.map((state) => `'${state}'`).join(', ')})) as ps_there
  from vote_count c
  left join session s on s.id = coalesce(c.present_session_id,
    (select b.session_id from session_block b where b.ballot_id = c.ballot_id order by b.session_id limit 1))`
type PaperRow = Row<'paper_ballot'>

function ballotFromRow(row: BallotRow): StoredBallot {
  return {
    id: row.id,
    recommendationId: row.recommendation_id,
    spec: JSON.parse(row.spec) as BallotSpec,
    createdAt: row.created_at,
  }
}

function countFromRow(row: CountRow): StoredCount {
  const typed = row.present_typed === 1
  const session =
    row.ps_id === null
      ? null
      : {
          id: row.ps_id,
          title: row.ps_title ?? '',
          date: row.ps_date ?? '',
          chosen: row.present_session_id !== null,
          there: row.ps_there,
        }
  const live = row.status === 'entering' && !typed && session !== null
  return {
    ballotId: row.ballot_id,
    countNo: row.count_no,
    status: row.status as CountStatus,
    reason: row.reason,
    present: live ? session.there : row.present,
    presentFrom: { typed, session },
    declaredTotal: row.declared_total,
    tables: JSON.parse(row.tables) as TableCount[],
    result: row.result === null ? null : (JSON.parse(row.result) as TallyResult),
    resultHash: row.result_hash,
    tieSeed: row.tie_seed,
    tieBreaks: JSON.parse(row.tie_breaks) as RecordedTieBreak[],
    startedAt: row.started_at,
    finalisedAt: row.finalised_at,
  }
}

function paperFromRow(row: PaperRow): PaperBallotView {
  return {
    number: row.number,
    marks: row.marks === null ? null : (JSON.parse(row.marks) as PaperMarks),
    invalid:
      row.invalid_kind === null
        ? null
        : { kind: row.invalid_kind as 'blank' | 'spoiled', reason: row.invalid_reason },
    enteredAt: row.entered_at,
  }
}

export function listBallots(sqlite: Database.Database): StoredBallot[] {
  return sqlite.prepare<[], BallotRow>('select * from ballot order by id').all().map(ballotFromRow)
}

export function getBallot(sqlite: Database.Database, id: number): StoredBallot {
  const row = sqlite.prepare<[number], BallotRow>('select * from ballot where id = ?').get(id)
  if (!row) throw new AppError('invalid-input', msg('ballot.noBallot', { id }))
  return ballotFromRow(row)
}

/** Every count of a ballot, oldest first (the last one is the current count). */
export function listCounts(sqlite: Database.Database, ballotId: number): StoredCount[] {
  return sqlite
    .prepare<[number], CountRow>(`${countSelect} where c.ballot_id = ? order by c.count_no`)
    .all(ballotId)
    .map(countFromRow)
}

export function currentCount(sqlite: Database.Database, ballotId: number): StoredCount {
  const row = sqlite
    .prepare<[number], CountRow>(`${countSelect} where c.ballot_id = ? order by c.count_no desc limit 1`)
    .get(ballotId)
  if (!row) throw new AppError('invalid-input', msg('ballot.noCount', { id: ballotId }))
  return countFromRow(row)
}

export function listPapers(
  sqlite: Database.Database,
  ballotId: number,
  countNo: number,
  operator: Operator,
): PaperBallotView[] {
  return sqlite
    .prepare<[number, number, string], PaperRow>(
      'select * from paper_ballot where ballot_id = ? and count_no = ? and operator = ? order by number',
    )
    .all(ballotId, countNo, operator)
    .map(paperFromRow)
}

export function insertCount(
  sqlite: Database.Database,
  count: Pick<StoredCount, 'ballotId' | 'countNo' | 'reason' | 'present' | 'declaredTotal' | 'tieSeed'> & {
    tieBreaks: readonly RecordedTieBreak[]
    startedAt: string
    /** Where the members present come from; a new ballot's first count follows its own session. */
    presentFrom?: { typed: boolean; sessionId: number | null }
  },
): void {
  sqlite
    .prepare(
      `insert into vote_count (ballot_id, count_no, status, reason, present, present_typed, present_session_id,
         declared_total, tables, tie_seed, tie_breaks, started_at)
       values (?, ?, 'entering', ?, ?, ?, ?, ?, '[]', ?, ?, ?)`,
    )
    .run(
      count.ballotId,
      count.countNo,
      count.reason,
      count.present,
      count.presentFrom?.typed ? 1 : 0,
      count.presentFrom?.sessionId ?? null,
      count.declaredTotal,
      count.tieSeed,
      JSON.stringify(count.tieBreaks),
      count.startedAt,
    )
}

/** Writes (or replaces) one operator's entry of one paper. */
export function upsertPaper(
  sqlite: Database.Database,
  key: { ballotId: number; countNo: number; operator: Operator },
  paper: PaperBallotView,
): void {
  sqlite
    .prepare(
      `insert into paper_ballot (ballot_id, count_no, operator, number, marks, invalid_kind, invalid_reason, entered_at)
       values (?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (ballot_id, count_no, operator, number) do update set marks = excluded.marks,
         invalid_kind = excluded.invalid_kind, invalid_reason = excluded.invalid_reason, entered_at = excluded.entered_at`,
    )
    .run(
      key.ballotId,
      key.countNo,
      key.operator,
      paper.number,
      paper.marks === null ? null : JSON.stringify(paper.marks),
      paper.invalid?.kind ?? null,
      paper.invalid?.reason ?? '',
      paper.enteredAt,
    )
}

/** A count can only change while it is being entered. */
export function requireEntering(count: StoredCount): void {
  if (count.status !== 'entering')
    throw new AppError('invalid-input', msg('ballot.countFinal', { count: count.countNo }))
}

export function ballotExists(sqlite: Database.Database, id: number): boolean {
  return sqlite.prepare('select 1 from ballot where id = ?').get(id) !== undefined
}

export function updateCountEntry(
  sqlite: Database.Database,
  key: { ballotId: number; countNo: number },
  entry: { declaredTotal: number | null; tables: readonly TableCount[] },
): void {
  sqlite
    .prepare('update vote_count set declared_total = ?, tables = ? where ballot_id = ? and count_no = ?')
    .run(entry.declaredTotal, JSON.stringify(entry.tables), key.ballotId, key.countNo)
}

/** A number typed in overrides attendance; no number (null) goes back to attendance. */
export function updatePresent(
  sqlite: Database.Database,
  key: { ballotId: number; countNo: number },
  present: number | null,
): void {
  sqlite
    .prepare('update vote_count set present = ?, present_typed = ? where ballot_id = ? and count_no = ?')
    .run(present, present === null ? 0 : 1, key.ballotId, key.countNo)
}

/** The members present follow this session's attendance (null: the ballot's own session). */
export function updatePresentSession(
  sqlite: Database.Database,
  key: { ballotId: number; countNo: number },
  sessionId: number | null,
): void {
  sqlite
    .prepare(
      'update vote_count set present = null, present_typed = 0, present_session_id = ? where ballot_id = ? and count_no = ?',
    )
    .run(sessionId, key.ballotId, key.countNo)
}

/** An imported count's tables and recorded tie-breaks (the ballot's first count). */
export function setImportedCount(
  sqlite: Database.Database,
  ballotId: number,
  tables: readonly TableCount[],
  tieBreaks: readonly RecordedTieBreak[],
): void {
  sqlite
    .prepare('update vote_count set tables = ?, tie_breaks = ? where ballot_id = ? and count_no = 1')
    .run(JSON.stringify(tables), JSON.stringify(tieBreaks), ballotId)
}

/** Deletes one operator's entry of one paper; returns whether there was one. */
export function deletePaperRow(
  sqlite: Database.Database,
  key: { ballotId: number; countNo: number; operator: Operator },
  number: number,
): boolean {
  const { changes } = sqlite
    .prepare('delete from paper_ballot where ballot_id = ? and count_no = ? and operator = ? and number = ?')
    .run(key.ballotId, key.countNo, key.operator, number)
  return changes > 0
}

export function recordFinalCount(
  sqlite: Database.Database,
  key: { ballotId: number; countNo: number },
  final: {
    result: string
    resultHash: string
    tieSeed: string | null
    at: string
    /** The members present as counted, kept as they were (attendance may change later). */
    present: number | null
    /** The session they came from, kept too. */
    presentSessionId: number | null
  },
): void {
  sqlite
    .prepare(
      `update vote_count set status = 'final', result = ?, result_hash = ?, tie_seed = ?, finalised_at = ?,
         present = ?, present_session_id = ? where ballot_id = ? and count_no = ?`,
    )
    .run(
      final.result,
      final.resultHash,
      final.tieSeed,
      final.at,
      final.present,
      final.presentSessionId,
      key.ballotId,
      key.countNo,
    )
}

export function markSuperseded(sqlite: Database.Database, key: { ballotId: number; countNo: number }): void {
  sqlite
    .prepare("update vote_count set status = 'superseded' where ballot_id = ? and count_no = ?")
    .run(key.ballotId, key.countNo)
}
