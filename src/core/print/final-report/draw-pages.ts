import type { ReportModel } from '../../report/report-model.ts'
import { ink } from '../pdf-document.ts'
import { probabilityCurve } from './charts.ts'
import type { ReportWriter } from './layout.ts'

/** The command anyone runs to re-check the draws and the audit log of a project file. */
export function verifyCommand(head: string): string {
  return `npm run cli -- verify <project-file> --expect-head ${head}`
}

export function drawPages(w: ReportWriter, model: ReportModel): void {
  const part = model.draw
  if (!part) return
  const { first } = part
  w.section(w.w('section.draw'))
  w.heading(w.w('draw.algorithm'), 60, 12)
  w.paragraph(w.w(`draw.algorithms.${first.algorithm.toUpperCase()}`))
  w.paragraph(w.w('draw.fairness'))
  const equal = first.poolSize === 0 ? 0 : first.panelSize / first.poolSize
  if (first.stats) {
    w.heading(w.w('draw.chartTitle'), 230, 12)
    probabilityCurve(w, part.curve, equal, {
      x: w.w('draw.chartAxisX'),
      y: w.w('draw.chartAxisY'),
      equal: w.w('draw.chartEqual', { value: w.chance(equal) }),
    })
    w.paragraph(
      w.w('draw.stats', {
        min: w.chance(first.stats.min),
        max: w.chance(first.stats.max),
        mean: w.chance(first.stats.mean),
        gini: w.number(first.stats.gini, 3),
      }),
      { size: 9, bold: true, gap: 0.2 },
    )
    w.paragraph(w.w('draw.kn', { k: first.panelSize, n: w.number(first.poolSize), value: w.chance(equal) }), {
      size: 9,
      color: ink.muted,
    })
    if (first.stats.stopped) w.paragraph(w.w('draw.stopped'), { size: 9 })
  }
  w.heading(w.w('draw.commitments'), 140, 12)
  w.facts(
    [
      [w.w('draw.inputHash'), first.inputHash],
      [w.w('draw.lotteryHash'), first.lotteryHash ?? ''],
      [w.w('draw.committedAt'), w.dateTime(first.committedAt)],
      [w.w('draw.panels'), first.stats ? w.number(first.stats.panels) : ''],
      [w.w('draw.seed'), first.seed ?? ''],
      [w.w('draw.seededAt'), first.seededAt ? w.dateTime(first.seededAt) : ''],
      [w.w('draw.ticket'), first.ticket === null ? '' : w.number(first.ticket)],
    ],
    170,
  )
  if (part.draws.length > 1) {
    w.heading(w.w('draw.draws'), 60, 12)
    w.table(
      [
        { title: w.w('draw.drawNo'), width: 1.6 },
        { title: w.w('draw.date'), width: 1.6 },
        { title: w.w('draw.algorithmColumn'), width: 1.2 },
        { title: w.w('draw.seats'), width: 0.8, align: 'right' },
        { title: w.w('draw.seed'), width: 2.2 },
        { title: w.w('draw.lotteryHash'), width: 3 },
      ],
      part.draws.map((d) => [
        `${w.w(`draw.kind.${d.kind}`)} (${d.id})`,
        w.date(d.seededAt ?? d.committedAt),
        d.algorithm.toUpperCase(),
        String(d.selected.length),
        d.seed ?? w.w('draw.noSeed'),
        { text: d.lotteryHash ?? d.inputHash, color: ink.muted },
      ]),
      { size: 8 },
    )
  }
  w.heading(w.w('draw.verifyTitle'), 80, 12)
  w.paragraph(w.w('draw.verify'))
  w.code(verifyCommand(part.auditHead))
  w.paragraph(w.w('draw.verifyAfter'), { size: 9, color: ink.muted })
}
