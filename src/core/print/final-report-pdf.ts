import type { ReportModel } from '../report/report-model.ts'
import { annexPages } from './final-report/annex-pages.ts'
import { drawPages } from './final-report/draw-pages.ts'
import { aboutPages, contentsPage, coverPage, freeText, summaryPages } from './final-report/front-pages.ts'
import { ReportWriter } from './final-report/layout.ts'
import { participationPages } from './final-report/people-pages.ts'
import { processPages } from './final-report/process-pages.ts'
import { recommendationPages } from './final-report/recommendation-pages.ts'
import { PrintedDocument, type DocumentSetup } from './pdf-document.ts'

/**
 * The final report: cover, contents, then each section the model holds (a section without data
 * is left out, never printed empty), in the assembly's language. Same model, same bytes.
 */
export function finalReportPdf(
  setup: DocumentSetup,
  model: ReportModel,
): Promise<{ bytes: Buffer; pages: number }> {
  const pdf = new PrintedDocument({ ...setup, language: model.language }, 'report.title')
  const w = new ReportWriter(pdf)
  coverPage(w, model, setup.auditHead ?? '')
  pdf.plainPage()
  pdf.newPage()
  const contents = w.pageNumber()
  freeText(w, w.w('section.foreword'), model.texts.foreword)
  summaryPages(w, model)
  aboutPages(w, model)
  participationPages(w, model)
  drawPages(w, model)
  processPages(w, model)
  recommendationPages(w, model)
  freeText(w, w.w('section.membersStatement'), model.texts.membersStatement)
  annexPages(w, model)
  contentsPage(w, contents)
  return pdf.finish()
}
