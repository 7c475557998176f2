import type { ReportModel } from '../../report/report-model.ts'
import { ink } from '../pdf-document.ts'
import type { ReportWriter } from './layout.ts'

function dates(w: ReportWriter, from: string | null, to: string | null): string {
  if (from && to && from !== to) return w.w('cover.dates', { from: w.date(from), to: w.date(to) })
  return from ? w.date(from) : to ? w.date(to) : ''
}

/** The cover: logo, name, question, dates, commissioning body, and the audit head it was written at. */
export function coverPage(w: ReportWriter, model: ReportModel, auditHead: string): void {
  const { pdf, doc } = w
  pdf.newPage()
  const { cover } = model
  let y = pdf.doc.page.margins.top + 20
  if (model.logo) {
    try {
      doc.image(model.logo, pdf.left, y, { fit: [160, 70] })
      y += 90
    } catch {
      // An image pdfkit cannot read leaves the cover without a logo rather than without a report.
    }
  }
  doc.y = Math.max(y, 170)
  doc
    .font('bold')
    .fontSize(11)
    .fillColor(ink.accent)
    .text(w.w('cover.kicker').toUpperCase(), pdf.left, doc.y, {
      characterSpacing: 1.5,
    })
  doc.moveDown(0.4)
  doc.font('bold').fontSize(30).fillColor(ink.text).text(cover.name, { width: pdf.width, lineGap: 2 })
  doc.moveDown(0.6)
  const when = dates(w, cover.startDate, cover.endDate)
  if (when) doc.font('regular').fontSize(13).fillColor(ink.muted).text(when)
  if (cover.question) {
    doc.moveDown(1.5)
    const top = doc.y
    doc.font('regular').fontSize(15).fillColor(ink.text)
    const height = doc.heightOfString(cover.question, { width: pdf.width - 24 })
    doc.rect(pdf.left, top - 4, 3, height + 30).fill(ink.accent)
    pdf.textAt(w.w('cover.question'), pdf.left + 16, top - 2, {
      width: pdf.width - 24,
      size: 9,
      color: ink.muted,
      font: 'bold',
    })
    pdf.textAt(cover.question, pdf.left + 16, top + 14, { width: pdf.width - 24, size: 15 })
    doc.x = pdf.left
    doc.y = top + height + 36
  }
  doc.moveDown(1)
  if (cover.commissioningBody)
    doc
      .font('regular')
      .fontSize(12)
      .fillColor(ink.text)
      .text(w.w('cover.commissionedBy', { name: cover.commissioningBody }))
  if (cover.organisation)
    doc
      .font('regular')
      .fontSize(12)
      .fillColor(ink.text)
      .text(w.w('cover.organisedBy', { name: cover.organisation }))
  const bottom = pdf.bottom - 60
  pdf.textAt(w.w('cover.provenance'), pdf.left, bottom, { width: pdf.width, size: 8, color: ink.muted })
  pdf.textAt(auditHead, pdf.left, bottom + 24, { width: pdf.width, size: 8, color: ink.text, font: 'bold' })
}

/** The contents page, drawn once every section's page is known (it was left empty until then). */
export function contentsPage(w: ReportWriter, page: number): void {
  const { pdf, doc } = w
  doc.switchToPage(page - 1)
  doc.y = pdf.doc.page.margins.top
  doc.font('bold').fontSize(22).fillColor(ink.accent).text(w.w('contents'), pdf.left, doc.y)
  doc.moveDown(1)
  for (const section of w.sections) {
    const y = doc.y
    pdf.textAt(section.title, pdf.left, y, { width: pdf.width - 60, size: 12 })
    pdf.textAt(String(section.page), pdf.left + pdf.width - 50, y, { width: 50, size: 12, align: 'right' })
    const titleWidth = doc.font('regular').fontSize(12).widthOfString(section.title)
    doc
      .moveTo(pdf.left + titleWidth + 6, y + 11)
      .lineTo(pdf.left + pdf.width - 30, y + 11)
      .dash(1, { space: 3 })
      .lineWidth(0.6)
      .strokeColor(ink.rule)
      .stroke()
      .undash()
    doc.x = pdf.left
    doc.y = y + 24
  }
}

export function freeText(w: ReportWriter, title: string, text: string): void {
  if (!text) return
  w.section(title)
  w.paragraph(text, { size: 11 })
}

export function summaryPages(w: ReportWriter, model: ReportModel): void {
  const summary = model.summary
  if (!summary && !model.texts.summary) return
  w.section(w.w('section.summary'))
  w.paragraph(model.texts.summary, { size: 11 })
  if (!summary) return
  w.facts([
    [w.w('summary.question'), summary.question],
    [w.w('summary.dates'), dates(w, summary.startDate, summary.endDate)],
    [
      w.w('summary.members'),
      summary.members === null ? '' : w.w('summary.membersValue', { count: summary.members }),
    ],
    [
      w.w('summary.sessions'),
      summary.sessions ? w.w('summary.sessionsValue', { count: summary.sessions }) : '',
    ],
  ])
  if (summary.recommendations.length === 0) return
  w.heading(w.w('summary.headline'))
  w.table(
    [
      { title: w.w('summary.code'), width: 0.8 },
      { title: w.w('summary.recommendation'), width: 6 },
      { title: w.w('summary.support'), width: 2.4 },
    ],
    summary.recommendations.map((r) => {
      const s = r.support
      const text = !s
        ? w.w('summary.notVoted')
        : [
            s.passed === null
              ? w.w('summary.decided')
              : w.w(s.passed ? 'summary.passed' : 'summary.notPassed'),
            s.percent === null ? '' : w.percent(s.percent),
            s.band ?? '',
          ]
            .filter(Boolean)
            .join(' · ')
      return [
        { text: r.code, strong: true },
        r.title,
        { text, color: s?.passed === false ? '#8a2a2a' : ink.text },
      ]
    }),
  )
}

export function aboutPages(w: ReportWriter, model: ReportModel): void {
  const about = model.about
  if (!about) return
  w.section(w.w('section.about'))
  if (about.remit) {
    w.heading(w.w('about.remit'), 40, 12)
    w.paragraph(about.remit)
  }
  w.facts([
    [w.w('about.commissioningBody'), about.commissioningBody],
    [w.w('about.organisation'), about.organisation],
    [w.w('about.processType'), w.w(`about.types.${about.processType}`)],
    [w.w('about.languages'), about.languages.join(', ')],
    [w.w('about.venues'), about.venues.join('\n')],
    [w.w('about.panelSize'), about.targetPanelSize === null ? '' : w.number(about.targetPanelSize)],
    [w.w('about.contact'), about.contact],
  ])
}
