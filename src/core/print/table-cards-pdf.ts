import type { PrintedMember, PrintedSeating } from '../tables/printed-seating.ts'
import { ink, PrintedDocument, type DocumentSetup } from './pdf-document.ts'

/**
 * Table cards to fold in two and stand on the table: one landscape page per table and session,
 * the number large with the session and the members' first names, printed twice so that the
 * top half (upside down) reads from the other side once folded. No running header or footer.
 */
export function tableCardsPdf(
  setup: DocumentSetup,
  seating: PrintedSeating,
): Promise<{ bytes: Buffer; pages: number }> {
  const pdf = new PrintedDocument(setup, 'tablePrint.cards', 'landscape')
  const { doc } = pdf
  for (const session of seating.sessions)
    session.tables.forEach((members, t0) => {
      pdf.newPage()
      pdf.plainPage()
      doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 }
      const { width, height } = doc.page
      const half = height / 2
      drawHalf(pdf, session.title, t0 + 1, members, 0, half, width)
      doc.save()
      doc.rotate(180, { origin: [width / 2, half / 2] })
      drawHalf(pdf, session.title, t0 + 1, members, 0, 0, width)
      doc.restore()
      // The fold.
      doc
        .moveTo(20, half)
        .lineTo(width - 20, half)
        .dash(4, { space: 4 })
        .lineWidth(0.5)
        .strokeColor(ink.rule)
        .stroke()
        .undash()
    })
  if (seating.sessions.length === 0) pdf.newPage()
  return pdf.finish()
}

function drawHalf(
  pdf: PrintedDocument,
  sessionTitle: string,
  number: number,
  members: readonly PrintedMember[],
  x: number,
  y: number,
  width: number,
): void {
  const pad = 36
  const inner = width - 2 * pad
  pdf.textAt(pdf.t('tablePrint.table', { number }), x + pad, y + 24, {
    width: inner,
    font: 'bold',
    size: 64,
    color: ink.accent,
    align: 'center',
  })
  pdf.textAt(sessionTitle, x + pad, y + 104, { width: inner, size: 14, color: ink.muted, align: 'center' })
  const names = members.map((m) => m.firstName)
  const columns = names.length > 8 ? 3 : 2
  const perColumn = Math.ceil(names.length / columns)
  const size = perColumn > 5 ? 15 : 20
  const top = y + 134
  const columnWidth = inner / columns
  names.forEach((name, k) => {
    const column = Math.floor(k / perColumn)
    const row = k % perColumn
    pdf.textAt(name, x + pad + column * columnWidth, top + row * (size + 6), {
      width: columnWidth - 8,
      size,
      align: 'center',
    })
  })
}
