import ExcelJS from 'exceljs'
import type { QuestionStatus, QuestionView } from '../../shared/sessions.ts'
import { neutraliseFormula } from '../pool/table/write-csv.ts'
import { wordsIn, type DocumentLanguage } from '../print/words.ts'

/**
 * The members' question log as an Excel workbook, in the assembly's language, optionally one
 * status only. Every text cell is neutralised like the app's other exports (no formula runs).
 */
export async function questionsWorkbook(
  questions: readonly QuestionView[],
  status: QuestionStatus | null,
  language: DocumentLanguage,
): Promise<Buffer> {
  const t = wordsIn(language)
  const workbook = new ExcelJS.Workbook()
  workbook.created = new Date(0)
  workbook.modified = new Date(0)
  const sheet = workbook.addWorksheet(t('questionLog.sheet'))
  sheet.columns = [
    { header: t('questionLog.number'), key: 'id', width: 6 },
    { header: t('questionLog.session'), key: 'session', width: 18 },
    { header: t('questionLog.table'), key: 'table', width: 10 },
    { header: t('questionLog.question'), key: 'question', width: 60 },
    { header: t('questionLog.status'), key: 'status', width: 12 },
    { header: t('questionLog.assignee'), key: 'assignee', width: 22 },
    { header: t('questionLog.answer'), key: 'answer', width: 60 },
    { header: t('questionLog.answeredOn'), key: 'answeredOn', width: 14 },
    { header: t('questionLog.sharedOn'), key: 'sharedOn', width: 14 },
  ]
  sheet.getRow(1).font = { bold: true }
  for (const q of questions) {
    if (status !== null && q.status !== status) continue
    const assignee = q.assignee?.kind === 'secretariat' ? t('questionLog.secretariat') : (q.speakerName ?? '')
    const row = sheet.addRow({
      id: q.id,
      session: neutraliseFormula(q.sessionTitle ?? ''),
      table: neutraliseFormula(q.table),
      question: neutraliseFormula(q.text),
      status: t(`questionLog.statuses.${q.status}`),
      assignee: neutraliseFormula(assignee),
      answer: neutraliseFormula(q.answer),
      answeredOn: q.answeredOn ?? '',
      sharedOn: q.sharedOn ?? '',
    })
    row.alignment = { vertical: 'top', wrapText: true }
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
