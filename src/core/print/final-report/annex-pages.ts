import type { ReportModel } from '../../report/report-model.ts'
import { ink } from '../pdf-document.ts'
import type { ReportWriter } from './layout.ts'

/** The annexes: quotas with their justifications, the audit log's summary and head, the glossary. */
export function annexPages(w: ReportWriter, model: ReportModel): void {
  const part = model.annexes
  if (!part) return
  w.section(w.w('section.annexes'))
  if (part.quotas.length > 0) {
    w.heading(w.w('annexes.quotasTitle'), 80, 13)
    w.paragraph(w.w('annexes.quotasIntro'), { size: 9, color: ink.muted })
    w.table(
      [
        { title: w.w('annexes.category'), width: 2 },
        { title: w.w('annexes.value'), width: 2.2 },
        { title: w.w('annexes.min'), width: 0.8, align: 'right' },
        { title: w.w('annexes.max'), width: 0.8, align: 'right' },
        { title: w.w('annexes.share'), width: 1.3, align: 'right' },
        { title: w.w('annexes.justification'), width: 4 },
      ],
      part.quotas.map((q) => [
        q.category,
        q.value,
        String(q.min),
        String(q.max),
        q.populationShare === null ? '—' : w.percent(q.populationShare),
        q.justification,
      ]),
      { size: 8 },
    )
    if (part.quotasLockedAt)
      w.paragraph(w.w('annexes.quotasLocked', { date: w.date(part.quotasLockedAt) }), { size: 9 })
  }
  const audit = part.audit
  w.heading(w.w('annexes.auditTitle'), 120, 13)
  w.paragraph(
    w.w('annexes.audit', {
      entries: w.number(audit.entries),
      first: audit.first ? w.date(audit.first) : '—',
      last: audit.last ? w.date(audit.last) : '—',
    }),
  )
  w.paragraph(w.w(audit.intact ? 'annexes.intact' : 'annexes.broken'), { bold: true, size: 9.5 })
  w.facts([[w.w('annexes.head'), audit.head]], 100)
  w.table(
    [
      { title: w.w('annexes.kind'), width: 4 },
      { title: w.w('annexes.count'), width: 1, align: 'right' },
    ],
    audit.kinds.map((k) => [k.kind, w.number(k.count)]),
    { size: 8 },
  )
  w.heading(w.w('annexes.glossaryTitle'), 60, 13)
  const glossary = w.pdf.t('report.annexes.glossary', { returnObjects: true }) as unknown as Record<
    string,
    [string, string]
  >
  w.facts(
    Object.values(glossary).map(([term, meaning]) => [term, meaning]),
    120,
  )
}
