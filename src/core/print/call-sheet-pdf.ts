import type { ToCallList } from '../../shared/contacts.ts'
import { drawListTable, type ListColumn } from './list-table.ts'
import { ink, PrintedDocument, type DocumentSetup } from './pdf-document.ts'
import { longDate } from './words.ts'

type Entry = ToCallList['entries'][number]

/**
 * The call sheet: everyone to call on a day (landscape, a row each), the groups called first on top
 * and starred, with how to reach them, where they stand, the next action due and a box for the outcome.
 */
export function callSheetPdf(
  setup: DocumentSetup,
  list: ToCallList,
  groups: readonly string[],
): Promise<{ bytes: Buffer; pages: number }> {
  const pdf = new PrintedDocument(setup, 'callSheet.title', 'landscape')
  const { doc, t } = pdf
  const heading = t('callSheet.heading', { date: longDate(list.today, pdf.language) })
  const columns: ListColumn<Entry>[] = [
    {
      width: 0.2,
      heading: t('callSheet.person'),
      cell: (e) => ({
        bold: `${e.priority.length > 0 ? '★ ' : ''}${e.name}`,
        lines: [
          e.badgeName !== e.name ? e.badgeName : '',
          e.externalId,
          e.priority.map((p) => `${p.category}: ${p.value}`).join(', '),
        ],
      }),
    },
    {
      width: 0.2,
      heading: t('callSheet.reach'),
      cell: (e) => ({
        bold: e.phone,
        lines: [
          e.email,
          e.channel ? t('callSheet.prefers', { channel: t(`workbook.channels.${e.channel}`) }) : '',
        ],
      }),
    },
    {
      width: 0.19,
      heading: t('callSheet.where'),
      cell: (e) => ({
        bold: t(`workbook.places.${e.status}`),
        lines: e.last
          ? [
              t('callSheet.last', {
                date: e.last.date,
                channel: t(`workbook.channels.${e.last.channel}`),
                outcome: t(`callSheet.outcomes.${e.last.outcome}`),
              }),
              t('callSheet.attempts', { count: e.attempts }),
            ]
          : [t('callSheet.never')],
      }),
    },
    {
      width: 0.15,
      heading: t('callSheet.due'),
      cell: (e) => ({
        ...(e.due ? { bold: t('callSheet.dueOn', { date: e.due }) } : {}),
        lines: [e.nextAction],
      }),
    },
    { width: 0.1, heading: t('callSheet.staff'), cell: (e) => ({ lines: [e.staffContact] }) },
    { width: 0.16, heading: t('callSheet.write'), cell: () => ({ lines: [] }), blank: true },
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
      list.entries.length === 0
        ? t('callSheet.nobody')
        : t('callSheet.summary', {
            count: list.entries.length,
            groups: groups.length > 0 ? groups.join(', ') : t('callSheet.noGroups'),
          }),
    )
  doc.moveDown(0.6)
  if (list.entries.length > 0)
    drawListTable(pdf, columns, list.entries, { minRowHeight: 40, onNewPage: () => title(true) })
  return pdf.finish()
}
