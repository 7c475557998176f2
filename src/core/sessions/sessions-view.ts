import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import {
  pauseKinds,
  questionStatuses,
  type AgendaCheck,
  type BlockView,
  type QuestionStatus,
  type QuestionView,
  type SessionDetail,
  type SessionsOverview,
  type SessionSummary,
  type SpeakerView,
} from '../../shared/sessions.ts'
import { getProfile } from '../profile/profile-repo.ts'
import { listBallots } from '../votes/vote-repo.ts'
import { checkAgenda } from './agenda-checks.ts'
import { phaseTotals } from './phase-totals.ts'
import {
  readAgendaSettings,
  readBlocks,
  readQuestions,
  readSessions,
  readSpeakers,
  type StoredQuestion,
  type StoredSession,
} from './sessions-repo.ts'
import { scheduleBlocks, type Overrun } from './timing.ts'

/** Every session with its blocks timed, and the checks over the whole agenda. */
export type Agenda = {
  sessions: StoredSession[]
  blocks: Map<number, BlockView[]>
  checks: AgendaCheck[]
}

export function readAgenda(sqlite: Database.Database): Agenda {
  const sessions = readSessions(sqlite)
  const ballotTitles = new Map(listBallots(sqlite).map((b) => [b.id, b.spec.title]))
  const stored = readBlocks(sqlite)
  const blocks = new Map<number, BlockView[]>()
  const overruns: Overrun[] = []
  for (const session of sessions) {
    const own = stored.filter((b) => b.sessionId === session.id)
    const timed = scheduleBlocks(session.start, own)
    overruns.push(...timed.overruns)
    blocks.set(
      session.id,
      own.map(({ speakers, ...block }, i) => {
        const start = timed.starts[i] ?? block.start
        return {
          ...block,
          start,
          end: start + block.duration,
          speakerIds: speakers.map((s) => s.id),
          speakerNames: speakers.map((s) => s.name),
          ballotTitle: block.ballotId === null ? null : (ballotTitles.get(block.ballotId) ?? null),
        }
      }),
    )
  }
  const checks = checkAgenda(sessions, [...blocks.values()].flat(), overruns)
  return { sessions, blocks, checks }
}

function summary(agenda: Agenda, session: StoredSession): SessionSummary {
  const blocks = agenda.blocks.get(session.id) ?? []
  return {
    ...session,
    blockCount: blocks.length,
    minutes: blocks.reduce((sum, b) => sum + b.duration, 0),
    pauseMinutes: blocks.filter((b) => pauseKinds.includes(b.kind)).reduce((sum, b) => sum + b.duration, 0),
    checkCount: agenda.checks.filter((c) => c.sessionIds.includes(session.id)).length,
  }
}

export function sessionsOverview(sqlite: Database.Database): SessionsOverview {
  const agenda = readAgenda(sqlite)
  const settings = readAgendaSettings(sqlite)
  return {
    sessions: agenda.sessions.map((s) => summary(agenda, s)),
    totals: phaseTotals(agenda.sessions, [...agenda.blocks.values()].flat(), settings.goal),
    checks: agenda.checks,
    ballots: listBallots(sqlite).map((b) => ({ id: b.id, title: b.spec.title })),
    venues: getProfile(sqlite).venues,
    speakers: readSpeakers(sqlite).map(({ id, name }) => ({ id, name })),
    paperSize: settings.paperSize,
  }
}

export function sessionDetail(sqlite: Database.Database, id: number): SessionDetail {
  const agenda = readAgenda(sqlite)
  const session = agenda.sessions.find((s) => s.id === id)
  if (!session) throw new AppError('invalid-input', msg('sessions.noSession', { id }))
  return {
    ...summary(agenda, session),
    blocks: agenda.blocks.get(id) ?? [],
    checks: agenda.checks.filter((c) => c.sessionIds.includes(id)),
  }
}

export function speakerViews(sqlite: Database.Database): SpeakerView[] {
  const agenda = readAgenda(sqlite)
  return readSpeakers(sqlite).map((speaker) => ({
    ...speaker,
    appearances: agenda.sessions.flatMap((session) =>
      (agenda.blocks.get(session.id) ?? [])
        .filter((b) => b.speakerIds.includes(speaker.id))
        .map((b) => ({
          sessionId: session.id,
          sessionTitle: session.title,
          date: session.date,
          blockId: b.id,
          blockTitle: b.title,
          start: b.start,
        })),
    ),
  }))
}

/** Where a question stands: asked → assigned → answered → shared with members. */
export function questionStatus(q: Pick<StoredQuestion, 'assignee' | 'answer' | 'sharedOn'>): QuestionStatus {
  if (q.sharedOn !== null) return 'shared'
  if (q.answer.trim()) return 'answered'
  if (q.assignee !== null) return 'assigned'
  return questionStatuses[0]
}

export function questionViews(sqlite: Database.Database): QuestionView[] {
  const sessions = new Map(readSessions(sqlite).map((s) => [s.id, s.title]))
  const speakers = new Map(readSpeakers(sqlite).map((s) => [s.id, s.name]))
  return readQuestions(sqlite).map((q) => ({
    ...q,
    status: questionStatus(q),
    sessionTitle: q.sessionId === null ? null : (sessions.get(q.sessionId) ?? null),
    speakerName: q.assignee?.kind === 'speaker' ? (speakers.get(q.assignee.speakerId) ?? null) : null,
  }))
}
