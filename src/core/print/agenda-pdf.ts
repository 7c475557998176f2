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
    // The largest type (13 pt down to 11 pt) at which the whole day fits on its page.
    const sessionHeader = 62
    const room = pdf.bottom - doc.y - 40
    const size =
      [13, 12, 11].find(
        (points) =>
          day.reduce(
            (sum, { blocks }) =>
              sum + sessionHeader + blocks.reduce((h, b) => h + blockHeight(pdf, b, points), 0),
            0,
          ) <= room,
      ) ?? 11
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
      for (const block of blocks) drawBlock(pdf, block, size)
    }
    // The closing line only where it fits: it never takes a page of its own.
    doc.moveDown(1)
    if (doc.y + 20 <= pdf.bottom)
      doc.font('regular').fontSize(11).fillColor(ink.muted).text(t('agenda.footer'), { align: 'center' })
  }
  if (sessions.length === 0) pdf.newPage()
  return pdf.finish()
}

function blockLines(pdf: PrintedDocument, block: BlockView): { title: string; room: string } {
  return {
    title: block.title || pdf.t(`kind.${block.kind}`),
    room: block.room ? pdf.t('agenda.room', { room: block.room }) : '',
  }
}

const TIME_WIDTH = 70

function blockHeight(pdf: PrintedDocument, block: BlockView, size: number): number {
  const { title, room } = blockLines(pdf, block)
  const width = pdf.width - TIME_WIDTH - 10
  return (
    pdf.heightOf(title, { width, font: 'bold', size }) +
    (room ? pdf.heightOf(room, { width, size: size - 3 }) + 1 : 0) +
    Math.round(size * 0.7)
  )
}

function drawBlock(pdf: PrintedDocument, block: BlockView, size: number): void {
  const { doc } = pdf
  const textX = pdf.left + TIME_WIDTH + 10
  const textWidth = pdf.width - TIME_WIDTH - 10
  const { title, room } = blockLines(pdf, block)
  const height = blockHeight(pdf, block, size)
  pdf.ensureSpace(height)
  const top = doc.y
  const pause = pauseKinds.includes(block.kind)
  if (pause) doc.rect(pdf.left - 6, top - 4, pdf.width + 12, height - 2).fill(ink.tint)
  pdf.textAt(clockTime(block.start), pdf.left, top, {
    width: TIME_WIDTH,
    font: 'bold',
    size,
    color: pause ? ink.muted : ink.accent,
  })
  const titleHeight = pdf.textAt(title, textX, top, {
    width: textWidth,
    font: pause ? 'regular' : 'bold',
    size,
    color: ink.text,
  })
  if (room)
    pdf.textAt(room, textX, top + titleHeight + 1, { width: textWidth, size: size - 3, color: ink.muted })
  doc.x = pdf.left
  doc.y = top + height
}
