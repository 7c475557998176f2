import type { PrintedSeating } from '../tables/printed-seating.ts'
import { ink, PrintedDocument, type DocumentSetup } from './pdf-document.ts'
import { longDate } from './words.ts'

const GAP = 18
const LINE = 14

/**
 * The facilitators' table lists: a page (or more) per planned session, each table with its
 * members' names, ids and interpretation, in two columns.
 */
export function tableListsPdf(
  setup: DocumentSetup,
  seating: PrintedSeating,
): Promise<{ bytes: Buffer; pages: number }> {
  const pdf = new PrintedDocument(setup, 'tablePrint.lists')
  const { doc, t } = pdf
  for (const session of seating.sessions) {
    pdf.newPage()
    doc.font('bold').fontSize(20).fillColor(ink.text).text(session.title)
    const date = longDate(session.date, pdf.language)
    doc
      .font('regular')
      .fontSize(12)
      .fillColor(ink.muted)
      .text(date.charAt(0).toUpperCase() + date.slice(1))
    doc.moveDown(0.8)
    const columnWidth = (pdf.width - GAP) / 2
    let column = 0
    let rowTop = doc.y
    let rowBottom = doc.y
    session.tables.forEach((members, t0) => {
      const height =
        24 + members.length * LINE + members.filter((m) => m.interpretation).length * (LINE - 4) + 10
      if (column === 0 && rowTop + height > pdf.bottom) {
        pdf.newPage()
        rowTop = doc.y
        rowBottom = doc.y
      }
      const x = pdf.left + column * (columnWidth + GAP)
      let y = rowTop
      doc.rect(x, y, columnWidth, 20).fill(ink.tint)
      pdf.textAt(t('tablePrint.table', { number: t0 + 1 }), x + 6, y + 4, {
        width: columnWidth / 2,
        font: 'bold',
        size: 12,
        color: ink.accent,
      })
      pdf.textAt(t('tablePrint.members', { count: members.length }), x + columnWidth / 2, y + 5, {
        width: columnWidth / 2 - 6,
        size: 9,
        color: ink.muted,
        align: 'right',
      })
      y += 24
      for (const m of members) {
        pdf.textAt(m.badgeName, x + 6, y, { width: columnWidth * 0.7, size: 10 })
        pdf.textAt(m.id, x + columnWidth * 0.7, y + 1, {
          width: columnWidth * 0.3 - 6,
          size: 7,
          color: ink.muted,
          align: 'right',
        })
        y += LINE
        if (m.interpretation) {
          pdf.textAt(t('tablePrint.interpretation', { language: m.interpretation }), x + 14, y - 2, {
            width: columnWidth - 20,
            size: 7.5,
            color: ink.accent,
          })
          y += LINE - 4
        }
      }
      rowBottom = Math.max(rowBottom, y + 10)
      column = 1 - column
      if (column === 0) rowTop = rowBottom
    })
  }
  return pdf.finish()
}
