import type { DrawRecord } from '../report/report-model.ts'
import { verifyCommand } from './final-report/draw-pages.ts'
import { ReportWriter } from './final-report/layout.ts'
import { ink, PrintedDocument, type DocumentSetup } from './pdf-document.ts'

/**
 * One page per completed draw: the inputs' hash, the lottery's commitment, the seed as entered,
 * the panel's ids from the pool, the command that re-checks it and the audit log's head hash.
 */
export function drawCertificatePdf(
  setup: DocumentSetup,
  draws: readonly DrawRecord[],
): Promise<{ bytes: Buffer; pages: number }> {
  const pdf = new PrintedDocument(setup, 'report.certificate.title')
  const w = new ReportWriter(pdf)
  const head = setup.auditHead ?? ''
  for (const draw of draws) {
    pdf.newPage()
    const { doc } = pdf
    doc
      .font('bold')
      .fontSize(11)
      .fillColor(ink.accent)
      .text(w.w(`certificate.kind.${draw.kind}`).toUpperCase(), {
        characterSpacing: 1.2,
      })
    doc
      .font('bold')
      .fontSize(20)
      .fillColor(ink.text)
      .text(w.w('certificate.heading', { id: draw.id }))
    doc.moveDown(0.4)
    w.paragraph(w.w('certificate.intro', { name: setup.assemblyName }), { size: 9.5, color: ink.muted })
    w.facts(
      [
        [w.w('certificate.algorithm'), draw.algorithm.toUpperCase()],
        [w.w('certificate.pool'), w.number(draw.poolSize)],
        [w.w('certificate.seats'), w.number(draw.selected.length)],
        [w.w('certificate.reserves'), w.number(draw.reserves.length)],
        [w.w('certificate.inputHash'), draw.inputHash],
        [w.w('certificate.lotteryHash'), draw.lotteryHash ?? '—'],
        [w.w('certificate.committedAt'), w.dateTime(draw.committedAt)],
        [w.w('certificate.seed'), draw.seed ?? '—'],
        [w.w('certificate.seededAt'), draw.seededAt ? w.dateTime(draw.seededAt) : '—'],
      ],
      170,
    )
    w.heading(w.w('certificate.panel'), 40, 10)
    w.paragraph(draw.selected.join(', '), { size: draw.selected.length > 120 ? 7 : 8.5 })
    if (draw.reserves.length > 0) {
      w.heading(w.w('certificate.reserveList'), 30, 10)
      w.paragraph(draw.reserves.join(', '), { size: 8 })
    }
    w.heading(w.w('certificate.verify'), 40, 10)
    w.code(verifyCommand(head), 8.5)
    w.heading(w.w('certificate.auditHead'), 30, 10)
    w.code(head, 8.5)
  }
  return pdf.finish()
}
