import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { AttendanceGrid, AttendanceMark, AttendanceState, CheckInResult } from '../../shared/people.ts'
import type { Project } from '../project/project.ts'
import { readSession, readSessions, type StoredSession } from '../sessions/sessions-repo.ts'
import { applyStatusChange, drawnMember } from './member-status.ts'
import { summaryOf } from './member-views.ts'
import {
  countThere,
  deleteAttendance,
  readAllAttendance,
  readMark,
  readMembers,
  writeAttendance,
  type StoredMember,
} from './people-repo.ts'
import { arrivalState, refuseMark, thereStates } from './attendance-rules.ts'

function sessionOf(sqlite: Database.Database, sessionId: number): StoredSession {
  const session = readSession(sqlite, sessionId)
  if (!session) throw new AppError('invalid-input', msg('sessions.noSession', { id: sessionId }))
  return session
}

/** Inside a transaction: the mark, and a confirmed member who was there becomes `attended`. */
function recordMark(sqlite: Database.Database, member: StoredMember, mark: AttendanceMark): void {
  const refused = refuseMark({ role: member.role, status: member.status, ...mark })
  if (refused) throw new AppError('invalid-input', refused)
  writeAttendance(sqlite, member.respondentId, mark)
  if (member.status === 'confirmed' && thereStates.includes(mark.state)) {
    applyStatusChange(
      sqlite,
      member,
      { externalId: member.externalId, status: 'attended', reason: '', by: mark.by },
      mark.at,
    )
  }
}

export type MarkInput = {
  externalId: string
  sessionId: number
  state: AttendanceState | null
  arrived: number | null
  left: number | null
  reason: string
  by: string
}

/** Records (or, with no state, clears) one member's attendance at one session, as from the grid. */
export async function markAttendance(project: Project, input: MarkInput): Promise<void> {
  const { sqlite } = project
  const at = project.timestamp()
  await project.write(() => {
    const member = drawnMember(sqlite, input.externalId)
    sessionOf(sqlite, input.sessionId)
    if (input.state === null) {
      deleteAttendance(sqlite, member.respondentId, input.sessionId)
      return
    }
    recordMark(sqlite, member, {
      sessionId: input.sessionId,
      state: input.state,
      arrived: input.arrived,
      left: input.left,
      reason: input.reason.trim(),
      by: input.by.trim(),
      at,
    })
  })
}

/**
 * Checks a member in at the door at the time given: present, or late with the time when they come
 * more than a quarter of an hour after the start. Checking someone in twice is refused.
 */
export async function checkIn(
  project: Project,
  input: { externalId: string; sessionId: number; at: number; by: string },
): Promise<CheckInResult> {
  const { sqlite } = project
  const stamp = project.timestamp()
  return project.write(() => {
    const member = drawnMember(sqlite, input.externalId)
    const session = sessionOf(sqlite, input.sessionId)
    const before = readMark(sqlite, member.respondentId, session.id)
    if (before && thereStates.includes(before.state)) {
      throw new AppError(
        'invalid-input',
        msg('people.alreadyCheckedIn', { name: summaryOf(member).badgeName, time: clock(before.arrived) }),
      )
    }
    const state = arrivalState(input.at, session.start)
    recordMark(sqlite, member, {
      sessionId: session.id,
      state,
      arrived: input.at,
      left: null,
      reason: '',
      by: input.by.trim(),
      at: stamp,
    })
    return { externalId: member.externalId, badgeName: summaryOf(member).badgeName, state, arrived: input.at }
  })
}

function clock(minutes: number | null): string {
  if (minutes === null) return '—'
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/** The panel × the sessions, with every mark. */
export function attendanceGrid(sqlite: Database.Database): AttendanceGrid {
  const marks = readAllAttendance(sqlite)
  return {
    sessions: readSessions(sqlite).map((s) => ({ id: s.id, title: s.title, date: s.date, start: s.start })),
    members: readMembers(sqlite)
      .filter((m) => m.role === 'selected')
      .map((m) => ({
        ...summaryOf(m),
        marks: Object.fromEntries((marks.get(m.respondentId) ?? []).map((mark) => [mark.sessionId, mark])),
      })),
  }
}

/** How many members were there at a session (present, late or left early). */
export function membersThere(sqlite: Database.Database, sessionId: number): number {
  return countThere(sqlite, sessionId, thereStates)
}
