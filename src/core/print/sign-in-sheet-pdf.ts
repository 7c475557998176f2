import { clockTime } from '../sessions/timing.ts'
import { drawListTable, type ListColumn } from './list-table.ts'
import { ink, PrintedDocument, type DocumentSetup } from './pdf-document.ts'
import { longDate } from './words.ts'

export type SignInRow = { name: string; badgeName: string; externalId: string; table: number | null }

export type SignInSheet = {
  session: { id: number; title: string; date: string; start: number; end: number; venue: string }
  /** Whether the session has a table plan (else the table column is left out). */
  planned: boolean
  rows: SignInRow[]
}

/**
 * The sign-in sheet of a session (landscape): a row per member expected, with their table when the
 * session has a table plan, and boxes to sign, write the times in and out and initial the payment.
 * The paper reference in the heading lets the sheet be matched when it is entered back.
 */
export function signInSheetPdf(
  setup: DocumentSetup,
  sheet: SignInSheet,
): Promise<{ bytes: Buffer; pages: number }> {
  const pdf = new PrintedDocument(setup, 'signIn.title', 'landscape')
  const { doc, t } = pdf
  const { session } = sheet
  const heading = t('signIn.heading', { title: session.title, date: longDate(session.date, pdf.language) })
  const columns: ListColumn<SignInRow>[] = [
    {
      width: sheet.planned ? 0.27 : 0.33,
      heading: t('signIn.name'),
      cell: (r) => ({ bold: r.name, lines: [r.badgeName !== r.name ? r.badgeName : '', r.externalId] }),
    },
    ...(sheet.planned
      ? [
          {
            width: 0.06,
            heading: t('signIn.table'),
            cell: (r: SignInRow) => ({ bold: r.table === null ? '—' : String(r.table), lines: [] }),
          },
        ]
      : []),
    { width: 0.27, heading: t('signIn.signature'), cell: () => ({ lines: [] }), blank: true },
    { width: 0.1, heading: t('signIn.timeIn'), cell: () => ({ lines: [] }), blank: true },
    { width: 0.1, heading: t('signIn.timeOut'), cell: () => ({ lines: [] }), blank: true },
    { width: 0.2, heading: t('signIn.payment'), cell: () => ({ lines: [] }), blank: true },
  ]
  const title = (continued: boolean) => {
    doc
      .font('bold')
      .fontSize(continued ? 11 : 18)
      .fillColor(continued ? ink.muted : ink.text)
      .text(heading)
    doc.moveDown(0.3)
  }
  pdf.newPage()
  title(false)
  doc
    .font('regular')
    .fontSize(10)
    .fillColor(ink.muted)
    .text(
      [
        t('signIn.times', { start: clockTime(session.start), end: clockTime(session.end) }),
        session.venue,
        t('signIn.reference', { reference: `S${String(session.id)}-${session.date}` }),
      ]
        .filter(Boolean)
        .join('  ·  '),
    )
  doc.text(sheet.rows.length === 0 ? t('signIn.nobody') : t('signIn.intro'))
  if (!sheet.planned && sheet.rows.length > 0) doc.text(t('signIn.noTables'))
  doc.moveDown(0.6)
  if (sheet.rows.length > 0)
    drawListTable(pdf, columns, sheet.rows, { minRowHeight: 30, onNewPage: () => title(true) })
  return pdf.finish()
}
