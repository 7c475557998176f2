import type { BlockView } from '../../shared/sessions.ts'
import { clockTime } from '../sessions/timing.ts'
import type { PrintedSession } from './agenda-pdf.ts'
import { ink, PrintedDocument, type DocumentSetup } from './pdf-document.ts'
import { longDate } from './words.ts'

type Column = { width: number; text: (block: BlockView) => { bold?: string; lines: string[] } }

/**
 * The staff's run-of-show: a page per session (landscape), minute by minute, with leads, speakers,
 * facilitators, rooms, materials, AV and interpretation needs and staff notes.
 */
export function runOfShowPdf(
  setup: DocumentSetup,
  sessions: readonly PrintedSession[],
): Promise<{ bytes: Buffer; pages: number }> {
  const pdf = new PrintedDocument(setup, 'runOfShow.title', 'landscape')
  const { doc, t } = pdf
  const columns: Column[] = [
    {
      width: 0.12,
      text: (b) => ({
        bold: `${clockTime(b.start)}–${clockTime(b.end)}`,
        lines: [
          t('runOfShow.minutes', { count: b.duration }),
          b.fixedStart !== null ? t('runOfShow.fixed') : '',
        ],
      }),
    },
    {
      width: 0.25,
      text: (b) => ({
        bold: b.title || t(`kind.${b.kind}`),
        lines: [t(`kind.${b.kind}`), b.ballotTitle ? t('runOfShow.ballot', { title: b.ballotTitle }) : ''],
      }),
    },
    {
      width: 0.22,
      text: (b) => ({
        lines: [
          b.lead ? t('runOfShow.lead', { name: b.lead }) : '',
          b.speakerNames.length ? t('runOfShow.speakers', { names: b.speakerNames.join(', ') }) : '',
          b.facilitators.length ? t('runOfShow.facilitators', { names: b.facilitators.join(', ') }) : '',
        ],
      }),
    },
    {
      width: 0.23,
      text: (b) => ({
        bold: b.room,
        lines: [
          b.materials ? t('runOfShow.materials', { text: b.materials }) : '',
          b.avNeeds ? t('runOfShow.av', { text: b.avNeeds }) : '',
          b.interpretation ? t('runOfShow.interpretation', { text: b.interpretation }) : '',
        ],
      }),
    },
    { width: 0.18, text: (b) => ({ lines: [b.staffNote] }) },
  ]
  const headings = [
    t('runOfShow.time'),
    t('runOfShow.block'),
    t('runOfShow.who'),
    t('runOfShow.where'),
    t('runOfShow.noteHeading'),
  ]

  const drawHeadings = () => {
    const y = doc.y
    let x = pdf.left
    columns.forEach((column, i) => {
      pdf.textAt(headings[i] ?? '', x, y, {
        width: column.width * pdf.width - 8,
        font: 'bold',
        size: 8,
        color: ink.muted,
      })
      x += column.width * pdf.width
    })
    doc.y = y + 14
    doc
      .moveTo(pdf.left, doc.y - 3)
      .lineTo(pdf.left + pdf.width, doc.y - 3)
      .lineWidth(0.8)
      .strokeColor(ink.accent)
      .stroke()
  }

  for (const { session, blocks } of sessions) {
    pdf.newPage()
    doc
      .font('bold')
      .fontSize(10)
      .fillColor(ink.accent)
      .text(`${t('runOfShow.title').toUpperCase()} · ${t('runOfShow.staffOnly')}`)
    doc
      .font('bold')
      .fontSize(18)
      .fillColor(ink.text)
      .text(`${session.title} — ${longDate(session.date, pdf.language)}`)
    doc
      .font('regular')
      .fontSize(10)
      .fillColor(ink.muted)
      .text(
        [
          `${clockTime(session.start)}–${clockTime(session.end)}`,
          session.venue,
          t(`agenda.mode.${session.mode}`),
          session.phases.map((p) => t(`phase.${p}`)).join(' → '),
        ]
          .filter(Boolean)
          .join('  ·  '),
      )
    if (session.notes) doc.text(t('runOfShow.sessionNotes', { text: session.notes }))
    doc.moveDown(0.6)
    drawHeadings()
    blocks.forEach((block, index) => {
      const cells = columns.map((column) => {
        const { bold, lines } = column.text(block)
        const body = lines.filter(Boolean).join('\n')
        const width = column.width * pdf.width - 8
        return {
          bold,
          body,
          width,
          height:
            pdf.heightOf(bold ?? '', { width, font: 'bold', size: 9 }) +
            pdf.heightOf(body, { width, size: 8 }),
        }
      })
      const height = Math.max(...cells.map((c) => c.height)) + 8
      if (pdf.ensureSpace(height)) {
        doc
          .font('bold')
          .fontSize(10)
          .fillColor(ink.muted)
          .text(`${session.title} — ${longDate(session.date, pdf.language)}`)
        doc.moveDown(0.3)
        drawHeadings()
      }
      const top = doc.y
      if (index % 2 === 1) doc.rect(pdf.left, top - 2, pdf.width, height).fill(ink.tint)
      let x = pdf.left
      for (const cell of cells) {
        let y = top + 2
        if (cell.bold) y += pdf.textAt(cell.bold, x + 2, y, { width: cell.width, font: 'bold', size: 9 })
        if (cell.body) pdf.textAt(cell.body, x + 2, y, { width: cell.width, size: 8, color: ink.text })
        x += cell.width + 8
      }
      doc.x = pdf.left
      doc.y = top + height
    })
  }
  if (sessions.length === 0) pdf.newPage()
  return pdf.finish()
}
