import type { ReportModel } from '../../report/report-model.ts'
import { clockTime } from '../../sessions/timing.ts'
import { ink } from '../pdf-document.ts'
import type { ReportWriter } from './layout.ts'

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10

/** The process: sessions, the hours per phase, the speakers and the members' questions. */
export function processPages(w: ReportWriter, model: ReportModel): void {
  const part = model.process
  if (!part) return
  const t = w.pdf.t
  w.section(w.w('section.process'))
  w.heading(w.w('process.sessionsTitle'), 60, 12)
  const withPresence = part.sessions.some((s) => s.present !== null)
  w.table(
    [
      { title: w.w('process.date'), width: 2 },
      { title: w.w('process.session'), width: 3 },
      { title: w.w('process.time'), width: 1.5 },
      { title: w.w('process.phases'), width: 2.2 },
      ...(withPresence ? [{ title: w.w('process.present'), width: 1.3, align: 'right' as const }] : []),
    ],
    part.sessions.map((s) => [
      w.date(s.date),
      [s.title, s.venue].filter(Boolean).join('\n'),
      `${clockTime(s.start)}–${clockTime(s.end)}`,
      s.phases.map((p) => t(`phase.${p}`)).join(', '),
      ...(withPresence ? [s.present === null ? '—' : w.number(s.present)] : []),
    ]),
  )
  w.heading(w.w('process.phasesTitle'), 80, 12)
  const phases = ['learning', 'deliberation', 'decision'] as const
  w.table(
    [
      { title: w.w('process.phases'), width: 3 },
      { title: '', width: 1, align: 'right' },
    ],
    phases.map((p) => [
      t(`phase.${p}`),
      w.w('process.hours', { hours: w.number(hours(part.phases.minutes[p]), 1) }),
    ]),
  )
  w.paragraph(
    w.w('process.phaseTotal', {
      hours: w.number(hours(part.phases.totalMinutes), 1),
      days: part.phases.days,
      minHours: part.phases.goal.minHours,
      minDays: part.phases.goal.minDays,
    }),
    { size: 9, color: ink.muted },
  )
  if (part.speakers.length > 0 || part.unnamedSpeakers > 0) {
    w.heading(w.w('process.speakersTitle'), 80, 12)
    if (part.speakers.length > 0)
      w.table(
        [
          { title: w.w('process.name'), width: 2.2 },
          { title: w.w('process.role'), width: 1.3 },
          { title: w.w('process.declaration'), width: 5 },
        ],
        part.speakers.map((s) => [
          [s.name, s.organisation].filter(Boolean).join('\n'),
          w.w(`process.roles.${s.role}`),
          s.declaration || w.w('process.none'),
        ]),
        { size: 8.5 },
      )
    if (part.unnamedSpeakers > 0)
      w.paragraph(w.w('process.unnamed', { count: part.unnamedSpeakers }), { size: 9, color: ink.muted })
  }
  if (part.questions.asked > 0) {
    w.heading(w.w('process.questionsTitle'), 80, 12)
    w.paragraph(w.w('process.questions', { asked: part.questions.asked, answered: part.questions.answered }))
    if (part.questions.list.length > 0)
      w.table(
        [
          { title: w.w('process.question'), width: 1 },
          { title: w.w('process.answer'), width: 1.4 },
        ],
        part.questions.list.map((q) => [
          q.text,
          q.by ? `${q.answer}\n— ${w.w('process.answeredBy', { name: q.by })}` : q.answer,
        ]),
        { size: 8.5 },
      )
  }
}
