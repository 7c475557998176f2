import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { msg, type MessageKey, type MessageParams } from '../../shared/messages.ts'
import {
  blankBlock,
  type AgendaGoal,
  type BlockInput,
  type PaperSize,
  type PhaseTotals,
  type SessionDetail,
  type SessionInput,
  type SessionSummary,
  type SessionTemplate,
} from '../../shared/sessions.ts'
import { assemblyLanguage } from '../print/words.ts'
import { readAllAttendance } from '../people/people-repo.ts'
import { getProfile } from '../profile/profile-repo.ts'
import type { Project } from '../project/project.ts'
import { ballotExists } from '../votes/vote-repo.ts'
import { phaseTotals } from './phase-totals.ts'
import {
  blockSession,
  deleteBlockRow,
  deleteSessionRow,
  insertBlock,
  insertSession,
  questionsAskedIn,
  readAgendaSettings,
  readBlocks,
  readSession,
  speakerExists,
  updateBlockRow,
  updateSessionRow,
  writeBlockTimes,
  writeGoal,
  writePaperSize,
  type StoredBlock,
  type StoredSession,
} from './sessions-repo.ts'
import { readAgenda, sessionDetail, sessionsOverview } from './sessions-view.ts'
import { planFromTemplate } from './templates.ts'
import { moveItem, scheduleBlocks } from './timing.ts'

function invalid(key: MessageKey, params?: MessageParams): AppError {
  return new AppError('invalid-input', msg(key, params))
}

function requireSession(sqlite: Database.Database, id: number): StoredSession {
  const session = readSession(sqlite, id)
  if (!session) throw invalid('sessions.noSession', { id })
  return session
}

function checkSession(input: SessionInput): void {
  if (input.end <= input.start) throw invalid('sessions.endBeforeStart')
  if (new Set(input.phases).size !== input.phases.length) throw invalid('sessions.phaseTwice')
}

function checkBlock(sqlite: Database.Database, input: BlockInput): void {
  for (const id of input.speakerIds)
    if (!speakerExists(sqlite, id)) throw invalid('sessions.noSpeaker', { id })
  if (input.ballotId !== null && !ballotExists(sqlite, input.ballotId))
    throw invalid('sessions.noBallot', { id: input.ballotId })
  if (input.ballotId !== null && input.kind !== 'voting') throw invalid('sessions.ballotOnlyForVoting')
}

/** Blocks in the order given, each starting when the one before ends (fixed-time blocks stay put). */
function retime(sqlite: Database.Database, session: StoredSession, ordered: readonly StoredBlock[]): void {
  const { starts } = scheduleBlocks(session.start, ordered)
  writeBlockTimes(
    sqlite,
    ordered.map((b, i) => ({ id: b.id, start: starts[i] ?? session.start })),
  )
}

function reschedule(sqlite: Database.Database, sessionId: number): void {
  retime(sqlite, requireSession(sqlite, sessionId), readBlocks(sqlite, sessionId))
}

function blockInput(block: StoredBlock): BlockInput {
  const { speakers, id: _id, sessionId: _s, position: _p, start: _start, ...rest } = block
  return { ...rest, speakerIds: speakers.map((s) => s.id) }
}

export function createSession(project: Project, input: SessionInput): Promise<SessionDetail> {
  const { sqlite } = project
  return project.write(() => {
    checkSession(input)
    return sessionDetail(sqlite, insertSession(sqlite, input, project.timestamp()))
  })
}

export function updateSession(project: Project, id: number, input: SessionInput): Promise<SessionDetail> {
  const { sqlite } = project
  return project.write(() => {
    requireSession(sqlite, id)
    checkSession(input)
    updateSessionRow(sqlite, id, input, project.timestamp())
    reschedule(sqlite, id)
    return sessionDetail(sqlite, id)
  })
}

/** Deletes a session with its blocks; refused, saying what depends on it, while anything does. */
export async function deleteSession(project: Project, id: number): Promise<void> {
  const { sqlite } = project
  await project.write(() => {
    const session = requireSession(sqlite, id)
    const questions = questionsAskedIn(sqlite, id)
    if (questions > 0)
      throw invalid('sessions.sessionHasQuestions', { session: session.title, count: questions })
    const marks = [...readAllAttendance(sqlite).values()]
      .flat()
      .filter((mark) => mark.sessionId === id).length
    if (marks > 0) throw invalid('sessions.sessionHasAttendance', { session: session.title, count: marks })
    deleteSessionRow(sqlite, id)
  })
}

function copyBlocks(sqlite: Database.Database, from: number, to: number): void {
  readBlocks(sqlite, from).forEach((block, i) => insertBlock(sqlite, to, i, blockInput(block)))
}

/** A copy of a session and all its blocks on another day. */
export function duplicateSession(project: Project, id: number, date: string): Promise<SessionDetail> {
  const { sqlite } = project
  return project.write(() => {
    const { id: _id, ...session } = requireSession(sqlite, id)
    const copy = insertSession(sqlite, { ...session, date }, project.timestamp())
    copyBlocks(sqlite, id, copy)
    reschedule(sqlite, copy)
    return sessionDetail(sqlite, copy)
  })
}

/** Writes a template's full plan, in the assembly's language, at the profile's first venue. */
export function createFromTemplate(
  project: Project,
  template: SessionTemplate,
  firstDate: string,
  spacingDays: number,
): Promise<SessionSummary[]> {
  const { sqlite } = project
  return project.write(() => {
    const profile = getProfile(sqlite)
    const plan = planFromTemplate(template, {
      firstDate,
      spacingDays,
      venue: profile.venues[0] ?? '',
      language: assemblyLanguage(profile.languages),
    })
    const ids = plan.map(({ blocks, ...session }) => {
      const id = insertSession(sqlite, { ...session, notes: '' }, project.timestamp())
      blocks.forEach((block, i) =>
        insertBlock(sqlite, id, i, { ...blankBlock(block.kind, block.title, block.duration), ...block }),
      )
      reschedule(sqlite, id)
      return id
    })
    return sessionsOverview(sqlite).sessions.filter((s) => ids.includes(s.id))
  })
}

export function addBlock(
  project: Project,
  sessionId: number,
  input: BlockInput,
  index: number | undefined,
): Promise<SessionDetail> {
  const { sqlite } = project
  return project.write(() => {
    const session = requireSession(sqlite, sessionId)
    checkBlock(sqlite, input)
    const before = readBlocks(sqlite, sessionId)
    const id = insertBlock(sqlite, sessionId, before.length, input)
    const added = readBlocks(sqlite, sessionId).find((b) => b.id === id)
    if (added) retime(sqlite, session, moveItem([...before, added], before.length, index ?? before.length))
    return sessionDetail(sqlite, sessionId)
  })
}

function requireBlockSession(sqlite: Database.Database, id: number): number {
  const sessionId = blockSession(sqlite, id)
  if (sessionId === undefined) throw invalid('sessions.noBlock', { id })
  return sessionId
}

export function updateBlock(project: Project, id: number, input: BlockInput): Promise<SessionDetail> {
  const { sqlite } = project
  return project.write(() => {
    const sessionId = requireBlockSession(sqlite, id)
    checkBlock(sqlite, input)
    updateBlockRow(sqlite, id, input)
    reschedule(sqlite, sessionId)
    return sessionDetail(sqlite, sessionId)
  })
}

export function deleteBlock(project: Project, id: number): Promise<SessionDetail> {
  const { sqlite } = project
  return project.write(() => {
    const sessionId = requireBlockSession(sqlite, id)
    deleteBlockRow(sqlite, id)
    reschedule(sqlite, sessionId)
    return sessionDetail(sqlite, sessionId)
  })
}

/** A copy of a block right after it; the blocks after it follow. */
export function duplicateBlock(project: Project, id: number): Promise<SessionDetail> {
  const { sqlite } = project
  return project.write(() => {
    const sessionId = requireBlockSession(sqlite, id)
    const blocks = readBlocks(sqlite, sessionId)
    const from = blocks.findIndex((b) => b.id === id)
    const original = blocks[from]
    if (!original) throw invalid('sessions.noBlock', { id })
    // A copy of a fixed-time block would sit on top of it: the copy follows instead.
    const copyId = insertBlock(sqlite, sessionId, blocks.length, {
      ...blockInput(original),
      fixedStart: null,
    })
    const copy = readBlocks(sqlite, sessionId).find((b) => b.id === copyId)
    if (copy)
      retime(sqlite, requireSession(sqlite, sessionId), moveItem([...blocks, copy], blocks.length, from + 1))
    return sessionDetail(sqlite, sessionId)
  })
}

/** Moves a block to `index` in its session; the times of the blocks follow. */
export function moveBlock(project: Project, id: number, index: number): Promise<SessionDetail> {
  const { sqlite } = project
  return project.write(() => {
    const sessionId = requireBlockSession(sqlite, id)
    const blocks = readBlocks(sqlite, sessionId)
    const from = blocks.findIndex((b) => b.id === id)
    if (index >= blocks.length) throw invalid('sessions.noPlace', { index: index + 1, count: blocks.length })
    retime(sqlite, requireSession(sqlite, sessionId), moveItem(blocks, from, index))
    return sessionDetail(sqlite, sessionId)
  })
}

export function setGoal(project: Project, goal: AgendaGoal): Promise<PhaseTotals> {
  const { sqlite } = project
  return project.write(() => {
    writeGoal(sqlite, goal)
    const agenda = readAgenda(sqlite)
    return phaseTotals(agenda.sessions, [...agenda.blocks.values()].flat(), readAgendaSettings(sqlite).goal)
  })
}

export async function setPaperSize(project: Project, paperSize: PaperSize): Promise<void> {
  await project.write(() => writePaperSize(project.sqlite, paperSize))
}
