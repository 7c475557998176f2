import type Database from 'better-sqlite3'
import type {
  AgendaGoal,
  BlockInput,
  BlockKind,
  PaperSize,
  Phase,
  QuestionInput,
  SessionInput,
  SessionMode,
  SpeakerInput,
  SpeakerRole,
} from '../../shared/sessions.ts'
import type { Row } from '../project/schema.ts'

/** All the SQL of the sessions aggregate: sessions, blocks, speakers, members' questions, settings. */

type Db = Database.Database

export type StoredSession = SessionInput & { id: number }

export type StoredBlock = Omit<BlockInput, 'speakerIds'> & {
  id: number
  sessionId: number
  position: number
  start: number
  speakers: { id: number; name: string }[]
}

export type StoredSpeaker = SpeakerInput & { id: number }

export type StoredQuestion = QuestionInput & { id: number; createdAt: string }

function toSession(row: Row<'session'>): StoredSession {
  return {
    id: row.id,
    title: row.title,
    date: row.date,
    start: row.start_min,
    end: row.end_min,
    venue: row.venue,
    mode: row.mode as SessionMode,
    phases: JSON.parse(row.phases) as Phase[],
    notes: row.notes,
  }
}

export function readSessions(sqlite: Db): StoredSession[] {
  return sqlite
    .prepare<[], Row<'session'>>('select * from session order by date, start_min, id')
    .all()
    .map(toSession)
}

export function readSession(sqlite: Db, id: number): StoredSession | undefined {
  const row = sqlite.prepare<[number], Row<'session'>>('select * from session where id = ?').get(id)
  return row ? toSession(row) : undefined
}

export function insertSession(sqlite: Db, input: SessionInput, at: string): number {
  return Number(
    sqlite
      .prepare(
        `insert into session (title, date, start_min, end_min, venue, mode, phases, notes, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.title,
        input.date,
        input.start,
        input.end,
        input.venue,
        input.mode,
        JSON.stringify(input.phases),
        input.notes,
        at,
        at,
      ).lastInsertRowid,
  )
}

export function updateSessionRow(sqlite: Db, id: number, input: SessionInput, at: string): void {
  sqlite
    .prepare(
      `update session set title = ?, date = ?, start_min = ?, end_min = ?, venue = ?, mode = ?, phases = ?, notes = ?, updated_at = ?
       where id = ?`,
    )
    .run(
      input.title,
      input.date,
      input.start,
      input.end,
      input.venue,
      input.mode,
      JSON.stringify(input.phases),
      input.notes,
      at,
      id,
    )
}

export function deleteSessionRow(sqlite: Db, id: number): void {
  sqlite.prepare('delete from session where id = ?').run(id)
}

/** The questions members asked in a session (what stops it from being deleted). */
export function questionsAskedIn(sqlite: Db, sessionId: number): number {
  return (
    sqlite
      .prepare<[number], { n: number }>('select count(*) as n from member_question where session_id = ?')
      .get(sessionId)?.n ?? 0
  )
}

function speakersByBlock(sqlite: Db): Map<number, { id: number; name: string }[]> {
  const map = new Map<number, { id: number; name: string }[]>()
  const rows = sqlite
    .prepare<[], { block_id: number; id: number; name: string }>(
      `select bs.block_id, s.id, s.name from block_speaker bs join speaker s on s.id = bs.speaker_id
       order by bs.block_id, bs.position`,
    )
    .all()
  for (const row of rows)
    map.set(row.block_id, [...(map.get(row.block_id) ?? []), { id: row.id, name: row.name }])
  return map
}

function facilitatorsByBlock(sqlite: Db): Map<number, string[]> {
  const map = new Map<number, string[]>()
  const rows = sqlite
    .prepare<[], Row<'block_facilitator'>>('select * from block_facilitator order by block_id, position')
    .all()
  for (const row of rows) map.set(row.block_id, [...(map.get(row.block_id) ?? []), row.name])
  return map
}

/** Every block (or one session's), in session and position order, with speakers and facilitators. */
export function readBlocks(sqlite: Db, sessionId?: number): StoredBlock[] {
  const rows =
    sessionId === undefined
      ? sqlite
          .prepare<[], Row<'session_block'>>('select * from session_block order by session_id, position')
          .all()
      : sqlite
          .prepare<[number], Row<'session_block'>>(
            'select * from session_block where session_id = ? order by position',
          )
          .all(sessionId)
  const speakers = speakersByBlock(sqlite)
  const facilitators = facilitatorsByBlock(sqlite)
  return rows.map((row) => ({
    id: row.id,
    sessionId: row.session_id,
    position: row.position,
    start: row.start_min,
    duration: row.duration_min,
    fixedStart: row.fixed_start,
    kind: row.kind as BlockKind,
    title: row.title,
    lead: row.lead,
    room: row.room,
    materials: row.materials,
    avNeeds: row.av_needs,
    interpretation: row.interpretation,
    staffNote: row.staff_note,
    ballotId: row.ballot_id,
    speakers: speakers.get(row.id) ?? [],
    facilitators: facilitators.get(row.id) ?? [],
  }))
}

export function blockSession(sqlite: Db, blockId: number): number | undefined {
  return sqlite
    .prepare<[number], { session_id: number }>('select session_id from session_block where id = ?')
    .get(blockId)?.session_id
}

function writeBlockPeople(sqlite: Db, blockId: number, input: BlockInput): void {
  sqlite.prepare('delete from block_speaker where block_id = ?').run(blockId)
  sqlite.prepare('delete from block_facilitator where block_id = ?').run(blockId)
  const speaker = sqlite.prepare(
    'insert into block_speaker (block_id, speaker_id, position) values (?, ?, ?)',
  )
  ;[...new Set(input.speakerIds)].forEach((id, i) => speaker.run(blockId, id, i))
  const facilitator = sqlite.prepare(
    'insert into block_facilitator (block_id, position, name) values (?, ?, ?)',
  )
  input.facilitators
    .filter((name) => name.trim())
    .forEach((name, i) => facilitator.run(blockId, i, name.trim()))
}

export function insertBlock(sqlite: Db, sessionId: number, position: number, input: BlockInput): number {
  const id = Number(
    sqlite
      .prepare(
        `insert into session_block (session_id, position, start_min, duration_min, fixed_start, kind, title, lead, room,
           materials, av_needs, interpretation, staff_note, ballot_id)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        sessionId,
        position,
        input.fixedStart ?? 0,
        input.duration,
        input.fixedStart,
        input.kind,
        input.title,
        input.lead,
        input.room,
        input.materials,
        input.avNeeds,
        input.interpretation,
        input.staffNote,
        input.ballotId,
      ).lastInsertRowid,
  )
  writeBlockPeople(sqlite, id, input)
  return id
}

export function updateBlockRow(sqlite: Db, id: number, input: BlockInput): void {
  sqlite
    .prepare(
      `update session_block set duration_min = ?, fixed_start = ?, kind = ?, title = ?, lead = ?, room = ?, materials = ?,
         av_needs = ?, interpretation = ?, staff_note = ?, ballot_id = ?
       where id = ?`,
    )
    .run(
      input.duration,
      input.fixedStart,
      input.kind,
      input.title,
      input.lead,
      input.room,
      input.materials,
      input.avNeeds,
      input.interpretation,
      input.staffNote,
      input.ballotId,
      id,
    )
  writeBlockPeople(sqlite, id, input)
}

export function deleteBlockRow(sqlite: Db, id: number): void {
  sqlite.prepare('delete from session_block where id = ?').run(id)
}

/** Positions and start times of a session's blocks, in the order given. */
export function writeBlockTimes(sqlite: Db, blocks: readonly { id: number; start: number }[]): void {
  const update = sqlite.prepare('update session_block set position = ?, start_min = ? where id = ?')
  blocks.forEach((block, position) => update.run(position, block.start, block.id))
}

function toSpeaker(row: Row<'speaker'>): StoredSpeaker {
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    role: row.role as SpeakerRole,
    declaration: row.declaration,
    briefingSentOn: row.briefing_sent_on,
    slidesReceived: row.slides_received === 1,
    publishConsent: row.publish_consent === 1,
    fee: row.fee,
    expenses: row.expenses,
    notes: row.notes,
  }
}

export function readSpeakers(sqlite: Db): StoredSpeaker[] {
  return sqlite
    .prepare<[], Row<'speaker'>>('select * from speaker order by name collate nocase, id')
    .all()
    .map(toSpeaker)
}

export function speakerExists(sqlite: Db, id: number): boolean {
  return sqlite.prepare('select 1 from speaker where id = ?').get(id) !== undefined
}

function speakerValues(input: SpeakerInput) {
  return [
    input.name,
    input.organisation,
    input.role,
    input.declaration,
    input.briefingSentOn,
    input.slidesReceived ? 1 : 0,
    input.publishConsent ? 1 : 0,
    input.fee,
    input.expenses,
    input.notes,
  ] as const
}

export function insertSpeaker(sqlite: Db, input: SpeakerInput, at: string): number {
  return Number(
    sqlite
      .prepare(
        `insert into speaker (name, organisation, role, declaration, briefing_sent_on, slides_received, publish_consent,
           fee, expenses, notes, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...speakerValues(input), at, at).lastInsertRowid,
  )
}

export function updateSpeakerRow(sqlite: Db, id: number, input: SpeakerInput, at: string): void {
  sqlite
    .prepare(
      `update speaker set name = ?, organisation = ?, role = ?, declaration = ?, briefing_sent_on = ?, slides_received = ?,
         publish_consent = ?, fee = ?, expenses = ?, notes = ?, updated_at = ?
       where id = ?`,
    )
    .run(...speakerValues(input), at, id)
}

export function deleteSpeakerRow(sqlite: Db, id: number): void {
  sqlite.prepare('delete from speaker where id = ?').run(id)
}

/** The questions a speaker is to answer (what stops them from being deleted, with their blocks). */
export function questionsFor(sqlite: Db, speakerId: number): number {
  return (
    sqlite
      .prepare<[number], { n: number }>('select count(*) as n from member_question where speaker_id = ?')
      .get(speakerId)?.n ?? 0
  )
}

function toQuestion(row: Row<'member_question'>): StoredQuestion {
  return {
    id: row.id,
    sessionId: row.session_id,
    table: row.table_label,
    text: row.text,
    assignee:
      row.speaker_id !== null
        ? { kind: 'speaker', speakerId: row.speaker_id }
        : row.to_secretariat === 1
          ? { kind: 'secretariat' }
          : null,
    answer: row.answer,
    answeredOn: row.answered_on,
    sharedOn: row.shared_on,
    createdAt: row.created_at,
  }
}

export function readQuestions(sqlite: Db): StoredQuestion[] {
  return sqlite
    .prepare<[], Row<'member_question'>>('select * from member_question order by id')
    .all()
    .map(toQuestion)
}

export function questionExists(sqlite: Db, id: number): boolean {
  return sqlite.prepare('select 1 from member_question where id = ?').get(id) !== undefined
}

function questionValues(input: QuestionInput) {
  return [
    input.sessionId,
    input.table,
    input.text,
    input.assignee?.kind === 'speaker' ? input.assignee.speakerId : null,
    input.assignee?.kind === 'secretariat' ? 1 : 0,
    input.answer,
    input.answeredOn,
    input.sharedOn,
  ] as const
}

export function insertQuestion(sqlite: Db, input: QuestionInput, at: string): number {
  return Number(
    sqlite
      .prepare(
        `insert into member_question (session_id, table_label, text, speaker_id, to_secretariat, answer, answered_on,
           shared_on, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...questionValues(input), at, at).lastInsertRowid,
  )
}

export function updateQuestionRow(sqlite: Db, id: number, input: QuestionInput, at: string): void {
  sqlite
    .prepare(
      `update member_question set session_id = ?, table_label = ?, text = ?, speaker_id = ?, to_secretariat = ?, answer = ?,
         answered_on = ?, shared_on = ?, updated_at = ?
       where id = ?`,
    )
    .run(...questionValues(input), at, id)
}

export function deleteQuestionRow(sqlite: Db, id: number): void {
  sqlite.prepare('delete from member_question where id = ?').run(id)
}

export function readAgendaSettings(sqlite: Db): { goal: AgendaGoal; paperSize: PaperSize } {
  const row = sqlite.prepare<[], Row<'agenda_settings'>>('select * from agenda_settings where id = 1').get()
  return {
    goal: { minHours: row?.min_hours ?? 30, minDays: row?.min_days ?? 4 },
    paperSize: row?.paper_size === 'letter' ? 'letter' : 'a4',
  }
}

export function writeGoal(sqlite: Db, goal: AgendaGoal): void {
  sqlite
    .prepare('update agenda_settings set min_hours = ?, min_days = ? where id = 1')
    .run(goal.minHours, goal.minDays)
}

export function writePaperSize(sqlite: Db, paperSize: PaperSize): void {
  sqlite.prepare('update agenda_settings set paper_size = ? where id = 1').run(paperSize)
}
