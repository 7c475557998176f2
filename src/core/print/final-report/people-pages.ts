import type { ParticipationPart, ReportModel } from '../../report/report-model.ts'
import { ink } from '../pdf-document.ts'
import { funnelChart, groupedBars, groupedBarsHeight } from './charts.ts'
import type { ReportWriter } from './layout.ts'

/** Who took part: the funnel, then per category the representativeness table and its chart. */
export function participationPages(w: ReportWriter, model: ReportModel): void {
  const part = model.participation
  if (!part) return
  w.section(w.w('section.participation'))
  w.paragraph(w.w('participation.intro'))
  w.heading(w.w('participation.funnelTitle'), 140)
  funnelChart(
    w,
    part.funnel.map((step) => ({ label: w.w(`participation.funnel.${step.key}`), count: step.count })),
  )
  w.paragraph(w.w('participation.household'), { size: 9, color: ink.muted })
  w.heading(w.w('participation.replacementsTitle'), 30, 12)
  if (part.replacements.length === 0) w.paragraph(w.w('participation.noReplacements'))
  for (const r of part.replacements)
    w.paragraph(w.w('participation.replacements', { round: r.round, date: w.date(r.date), count: r.seats }), {
      gap: 0.1,
    })

  w.pdf.newPage()
  w.paragraph(
    part.finalSession
      ? w.w('participation.tableIntro', {
          session: `${part.finalSession.title}, ${w.date(part.finalSession.date)}`,
        })
      : w.w('participation.tableIntroNoFinal'),
  )
  const names = [
    w.w('participation.target'),
    w.w('participation.pool'),
    w.w('participation.panel'),
    ...(part.totals.final === null ? [] : [w.w('participation.final')]),
  ]
  for (const category of part.categories) {
    const rows = representativenessRows(w, part, category)
    w.heading(
      w.w('participation.tableTitle', { category: category.name }),
      30 + rows.length * 19 + groupedBarsHeight(names.length, category.values.length),
    )
    w.table(
      [
        { title: w.w('participation.value'), width: 3 },
        { title: w.w('participation.target'), width: 1.6, align: 'right' },
        { title: w.w('participation.pool'), width: 2, align: 'right' },
        { title: w.w('participation.panel'), width: 2, align: 'right' },
        ...(part.totals.final === null
          ? []
          : [{ title: w.w('participation.final'), width: 2, align: 'right' as const }]),
      ],
      rows,
    )
    groupedBars(
      w,
      names,
      category.values.map((v) => ({
        label: v.value,
        values: [
          v.target,
          share(v.pool, part.totals.pool),
          share(v.panel, part.totals.panel),
          ...(v.final === null || part.totals.final === null ? [] : [share(v.final, part.totals.final)]),
        ],
      })),
    )
  }
}

function share(count: number, total: number): number {
  return total === 0 ? 0 : count / total
}

function representativenessRows(
  w: ReportWriter,
  part: ParticipationPart,
  category: ParticipationPart['categories'][number],
) {
  const cell = (count: number, total: number) => `${w.number(count)}  (${w.share(share(count, total), 1, 1)})`
  const rows = category.values.map((v) => [
    v.value,
    v.target === null ? '—' : w.share(v.target, 1, 1),
    cell(v.pool, part.totals.pool),
    cell(v.panel, part.totals.panel),
    ...(v.final === null || part.totals.final === null ? [] : [cell(v.final, part.totals.final)]),
  ])
  const sum = (pick: (v: (typeof category.values)[number]) => number) =>
    category.values.reduce((s, v) => s + pick(v), 0)
  rows.push([
    { text: w.w('participation.total'), strong: true },
    '',
    { text: w.number(sum((v) => v.pool)), strong: true },
    { text: w.number(sum((v) => v.panel)), strong: true },
    ...(part.totals.final === null ? [] : [{ text: w.number(sum((v) => v.final ?? 0)), strong: true }]),
  ] as never)
  return rows
}
