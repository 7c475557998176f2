import type { ReportModel, ReportRecommendation } from '../../report/report-model.ts'
import { ink } from '../pdf-document.ts'
import { ballotResult } from './ballot-result.ts'
import type { ReportWriter } from './layout.ts'

/** The recommendations by theme: the text as written, earlier versions, minority statements, results. */
export function recommendationPages(w: ReportWriter, model: ReportModel): void {
  const part = model.recommendations
  if (!part) return
  w.section(w.w('section.recommendations'))
  w.paragraph(w.w('recommendations.intro'), { color: ink.muted })
  for (const theme of part.themes) {
    w.heading(
      theme.theme ? w.w('recommendations.theme', { theme: theme.theme }) : w.w('recommendations.noTheme'),
      140,
      15,
    )
    for (const item of theme.items) recommendation(w, item)
  }
  if (part.otherBallots.length > 0) {
    w.heading(w.w('recommendations.otherBallots'), 140, 15)
    for (const ballot of part.otherBallots) ballotResult(w, ballot)
  }
}

function recommendation(w: ReportWriter, item: ReportRecommendation): void {
  const { recommendation: r, ballots } = item
  const { pdf, doc } = w
  const title = `${r.code} · ${w.w(`recommendations.status.${r.status}`)} · ${w.w('recommendations.version', { version: r.version })}`
  w.heading(title, 70, 11)
  // The text in a tinted frame, as the members wrote it (split across pages when it is long).
  const width = pdf.width - 20
  for (const paragraph of r.text.split(/\n{2,}/)) {
    const height = pdf.heightOf(paragraph, { width, size: 10.5 }) + 10
    pdf.ensureSpace(Math.min(height, 120))
    const top = doc.y
    const fits = top + height <= pdf.bottom
    if (fits) doc.rect(pdf.left, top, 3, height).fill(ink.accent)
    doc
      .font('regular')
      .fontSize(10.5)
      .fillColor(ink.text)
      .text(paragraph, pdf.left + 14, top + 5, { width, lineGap: 1.5 })
    doc.x = pdf.left
    doc.y = Math.max(doc.y, top + height) + 2
  }
  doc.moveDown(0.4)
  const earlier = r.versions.filter((v) => v.version !== r.version)
  if (earlier.length > 0) {
    w.paragraph(w.w('recommendations.earlier'), { size: 9, bold: true, color: ink.muted, gap: 0.1 })
    for (const v of earlier)
      w.paragraph(
        w.w('recommendations.earlierVersion', { version: v.version, date: w.date(v.at), text: v.text }),
        {
          size: 8.5,
          color: ink.muted,
          gap: 0.2,
        },
      )
  }
  for (const statement of r.minorityStatements) {
    w.paragraph(
      statement.supporters === null
        ? w.w('recommendations.minority')
        : w.w('recommendations.minoritySupporters', { count: statement.supporters }),
      { size: 9, bold: true, gap: 0.1 },
    )
    w.paragraph(statement.text, { size: 9.5 })
  }
  if (ballots.length === 0) w.paragraph(w.w('recommendations.noBallot'), { size: 9, color: ink.muted })
  for (const ballot of ballots) ballotResult(w, ballot)
  doc.moveDown(0.6)
}
