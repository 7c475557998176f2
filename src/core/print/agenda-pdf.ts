import { pauseKinds, type BlockView } from '../../shared/sessions.ts'
import type { StoredSession } from '../sessions/sessions-repo.ts'
import { clockTime } from '../sessions/timing.ts'
import { ink, PrintedDocument, type DocumentSetup } from './pdf-document.ts'
import { longDate } from './words.ts'

export type PrintedSession = { session: StoredSession; blocks: BlockView[] }

/** Sessions grouped by day, in date order. */
export function byDay(sessions: readonly PrintedSession[]): PrintedSession[][] {
  const days = new Map<string, PrintedSession[]>()
  for (const item of sessions) days.set(item.session.date, [...(days.get(item.session.date) ?? []), item])
  return [...days.values()]
}

/**
 * The participants' agenda: one page per day in large type, with times, titles, rooms, breaks and
 * meals; no staff notes, leads or needs.
 */
export function agendaPdf(
  setup: DocumentSetup,
  sessions: readonly PrintedSession[],
): Promise<{ bytes: Buffer; pages: number }> {
  const pdf = new PrintedDocument(setup, 'agenda.document')
  const { doc, t } = pdf
  for (const day of byDay(sessions)) {
    pdf.newPage()
    const first = day[0]
    if (!first) continue
    doc
      .font('bold')
      .fontSize(12)
      .fillColor(ink.accent)
      .text(t('agenda.title').toUpperCase(), { characterSpacing: 1 })
    doc.moveDown(0.2)
    const date = longDate(first.session.date, pdf.language)
    doc
      .font('bold')
      .fontSize(24)
      .fillColor(ink.text)
      .text(date.charAt(0).toUpperCase() + date.slice(1))
    for (const { session, blocks } of day) {
      doc.moveDown(0.6)
      pdf.ensureSpace(90)
      doc.font('bold').fontSize(18).fillColor(ink.accent).text(session.title)
      const where = [
        `${clockTime(session.start)} – ${clockTime(session.end)}`,
        session.venue,
        t(`agenda.mode.${session.mode}`),
      ]
        .filter(Boolean)
        .join('  ·  ')
      doc.font('regular').fontSize(12).fillColor(ink.muted).text(where)
      doc.moveDown(0.8)
      for (const block of blocks) drawBlock(pdf, block)
    }
    doc.moveDown(1)
    pdf.ensureSpace(30)
    doc.font('regular').fontSize(11).fillColor(ink.muted).text(t('agenda.footer'), { align: 'center' })
  }
  if (sessions.length === 0) pdf.newPage()
  return pdf.finish()
}

function drawBlock(pdf: PrintedDocument, block: BlockView): void {
  const { doc, t } = pdf
  const timeWidth = 70
  const textX = pdf.left + timeWidth + 10
  const textWidth = pdf.width - timeWidth - 10
  const title = block.title || t(`kind.${block.kind}`)
  const room = block.room ? t('agenda.room', { room: block.room }) : ''
  const height =
    pdf.heightOf(title, { width: textWidth, font: 'bold', size: 13 }) +
    (room ? pdf.heightOf(room, { width: textWidth, size: 10 }) + 1 : 0) +
    9
  pdf.ensureSpace(height)
  const top = doc.y
  const pause = pauseKinds.includes(block.kind)
  if (pause) doc.rect(pdf.left - 6, top - 4, pdf.width + 12, height - 2).fill(ink.tint)
  pdf.textAt(clockTime(block.start), pdf.left, top, {
    width: timeWidth,
    font: 'bold',
    size: 13,
    color: pause ? ink.muted : ink.accent,
  })
  const titleHeight = pdf.textAt(title, textX, top, {
    width: textWidth,
    font: pause ? 'regular' : 'bold',
    size: 13,
    color: ink.text,
  })
  if (room) pdf.textAt(room, textX, top + titleHeight + 1, { width: textWidth, size: 10, color: ink.muted })
  doc.x = pdf.left
  doc.y = top + height
}
