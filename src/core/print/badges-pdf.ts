import type { PrintedSeating, PrintedMember } from '../tables/printed-seating.ts'
import { ink, PrintedDocument, type DocumentSetup } from './pdf-document.ts'

const MM = 72 / 25.4

/**
 * Eight labels a sheet: on A4 the common 99.1 × 67.7 mm layout (two columns of four, 13.1 mm from
 * the top, 4.65 mm from the left, 2.5 mm between the columns); on US Letter two columns of four
 * 4 × 2.5 in labels.
 */
function labelLayout(paper: 'a4' | 'letter') {
  return paper === 'letter'
    ? { width: 4 * 72, height: 2.5 * 72, top: 0.5 * 72, left: 0.19 * 72, pitchX: 4.12 * 72, pitchY: 2.5 * 72 }
    : {
        width: 99.1 * MM,
        height: 67.7 * MM,
        top: 13.1 * MM,
        left: 4.65 * MM,
        pitchX: 101.6 * MM,
        pitchY: 67.7 * MM,
      }
}

/**
 * Name badges, eight to a sheet of labels: the preferred name large, the member's table in each
 * planned session, and an interpretation marker. Label sheets take no running header or footer.
 */
export function badgesPdf(
  setup: DocumentSetup,
  seating: PrintedSeating,
): Promise<{ bytes: Buffer; pages: number }> {
  const pdf = new PrintedDocument(setup, 'tablePrint.badges')
  const layout = labelLayout(setup.paperSize)
  seating.members.forEach((member, k) => {
    if (k % 8 === 0) {
      pdf.newPage()
      pdf.plainPage()
      // Labels reach the page's edges: no margins, so no text flows onto a new page.
      pdf.doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 }
    }
    const slot = k % 8
    const x = layout.left + (slot % 2) * layout.pitchX
    const y = layout.top + Math.floor(slot / 2) * layout.pitchY
    drawBadge(pdf, setup.assemblyName, seating, member, x, y, layout.width, layout.height)
  })
  if (seating.members.length === 0) pdf.newPage()
  return pdf.finish()
}

function drawBadge(
  pdf: PrintedDocument,
  assembly: string,
  seating: PrintedSeating,
  member: PrintedMember,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  const { doc, t } = pdf
  const pad = 12
  const inner = width - 2 * pad
  // A faint outline to cut along on plain paper; pre-cut labels hide it.
  doc
    .roundedRect(x + 2, y + 2, width - 4, height - 4, 6)
    .lineWidth(0.4)
    .strokeColor(ink.rule)
    .stroke()
  pdf.textAt(assembly, x + pad, y + pad, { width: inner, size: 7, color: ink.muted })
  const size =
    [30, 26, 22, 19, 16].find(
      (s) => pdf.heightOf(member.badgeName, { width: inner, font: 'bold', size: s }) <= s * 1.3,
    ) ?? 16
  pdf.textAt(member.badgeName, x + pad, y + pad + 14, { width: inner, font: 'bold', size, color: ink.text })
  const below = y + pad + 14 + pdf.heightOf(member.badgeName, { width: inner, font: 'bold', size }) + 4
  if (member.interpretation) {
    const label = t('tablePrint.interpretation', { language: member.interpretation })
    doc.font('bold').fontSize(8)
    const tagWidth = Math.min(inner, doc.widthOfString(label) + 12)
    doc.roundedRect(x + pad, below, tagWidth, 14, 3).fill(ink.accent)
    pdf.textAt(label, x + pad + 6, below + 3, {
      width: tagWidth - 8,
      font: 'bold',
      size: 8,
      color: '#ffffff',
    })
  }
  // The member's table in each planned session, in boxes along the bottom.
  const sessions = seating.sessions
  if (sessions.length === 0) return
  const perRow = Math.min(sessions.length, 6)
  const rows = Math.ceil(sessions.length / perRow)
  const boxWidth = (inner - (perRow - 1) * 4) / perRow
  const boxHeight = 34
  const top = y + height - pad - rows * (boxHeight + 4) + 4
  pdf.textAt(t('tablePrint.tables'), x + pad, top - 11, { width: inner, size: 7, color: ink.muted })
  sessions.forEach((session, s) => {
    const bx = x + pad + (s % perRow) * (boxWidth + 4)
    const by = top + Math.floor(s / perRow) * (boxHeight + 4)
    doc.rect(bx, by, boxWidth, boxHeight).fill(ink.tint)
    doc.font('regular').fontSize(6.5).fillColor(ink.muted)
    doc.text(session.title, bx + 3, by + 3, {
      width: boxWidth - 6,
      height: 9,
      ellipsis: true,
      lineBreak: false,
    })
    const table = member.tables[s]
    pdf.textAt(table === null || table === undefined ? t('tablePrint.noSeat') : String(table), bx, by + 12, {
      width: boxWidth,
      font: 'bold',
      size: 16,
      color: ink.accent,
      align: 'center',
    })
  })
}
