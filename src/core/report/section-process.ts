import type Database from 'better-sqlite3'
import { thereStates } from '../people/attendance-rules.ts'
import { readAllAttendance, readMembers } from '../people/people-repo.ts'
import { phaseTotals } from '../sessions/phase-totals.ts'
import { readAgendaSettings, readSpeakers } from '../sessions/sessions-repo.ts'
import { questionViews, readAgenda } from '../sessions/sessions-view.ts'
import type { ProcessPart } from './report-model.ts'

/**
 * The process: sessions with their dates, phases and attendance, the time per phase (as the
 * Sessions screen totals it), the speakers who agreed to be named with their declarations, and
 * the members' questions answered. Null when no session is planned.
 */
export function processSection(sqlite: Database.Database): ProcessPart | null {
  const agenda = readAgenda(sqlite)
  if (agenda.sessions.length === 0) return null
  const members = new Set(
    readMembers(sqlite)
      .filter((m) => m.role === 'selected')
      .map((m) => m.respondentId),
  )
  const present = new Map<number, number>()
  const marked = new Set<number>()
  for (const [respondentId, marks] of readAllAttendance(sqlite))
    for (const mark of marks) {
      marked.add(mark.sessionId)
      if (members.has(respondentId) && thereStates.includes(mark.state))
        present.set(mark.sessionId, (present.get(mark.sessionId) ?? 0) + 1)
    }
  const speakers = readSpeakers(sqlite)
  // Answers are credited only to speakers who agreed to be named.
  const named = new Map(speakers.filter((s) => s.publishConsent).map((s) => [s.id, s.name]))
  const questions = questionViews(sqlite)
  const answered = questions.filter((q) => q.answer.trim() !== '')
  return {
    sessions: agenda.sessions.map((s) => ({
      title: s.title,
      date: s.date,
      start: s.start,
      end: s.end,
      venue: s.venue,
      mode: s.mode,
      phases: s.phases,
      present: marked.has(s.id) ? (present.get(s.id) ?? 0) : null,
    })),
    phases: phaseTotals(agenda.sessions, [...agenda.blocks.values()].flat(), readAgendaSettings(sqlite).goal),
    speakers: speakers
      .filter((s) => s.publishConsent)
      .map((s) => ({ name: s.name, organisation: s.organisation, role: s.role, declaration: s.declaration })),
    unnamedSpeakers: speakers.filter((s) => !s.publishConsent).length,
    questions: {
      asked: questions.length,
      answered: answered.length,
      list: answered.map((q) => ({
        text: q.text,
        answer: q.answer,
        by: q.assignee?.kind === 'speaker' ? (named.get(q.assignee.speakerId) ?? '') : '',
      })),
    },
  }
}
