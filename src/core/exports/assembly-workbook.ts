import { writeFileSync } from 'node:fs'
import { Writable } from 'node:stream'
import type Database from 'better-sqlite3'
import ExcelJS from 'exceljs'
import { documentSetup } from '../print/document-setup.ts'
import { wordsIn } from '../print/words.ts'
import { auditSheet } from './sheets/audit-sheet.ts'
import { drawsSheets } from './sheets/draws-sheet.ts'
import { membersSheets } from './sheets/members-sheet.ts'
import { poolSheet } from './sheets/pool-sheet.ts'
import { quotasSheet } from './sheets/quotas-sheet.ts'
import { sessionsSheet } from './sheets/sessions-sheet.ts'
import { votesSheets } from './sheets/votes-sheets.ts'
import { fixZipTimes } from './fixed-zip-times.ts'
import { numberFormats, toCell, type SheetModule } from './workbook-sheet.ts'
import { writeThroughPartial } from './write-through-partial.ts'

/** The sheets of the workbook, in the order of the assembly's journey. */
const sheetModules: readonly SheetModule[] = [
  poolSheet,
  quotasSheet,
  drawsSheets,
  membersSheets,
  sessionsSheet,
  votesSheets,
  auditSheet,
]

/** What a written workbook holds: each sheet's name and its number of rows (headers not counted). */
export type WorkbookSummary = { file: string; sheets: { name: string; rows: number }[] }

/** A fixed moment for the file's dates, so the same project gives the same bytes. */
const fixedDate = new Date(Date.UTC(2000, 0, 1))

/**
 * The whole assembly as an Excel workbook, written to `file` in the assembly's language: one sheet
 * per table, the header row frozen, columns typed (dates, times, numbers, percentages) and every
 * text formula-safe. Streamed (a 50,000-person pool never sits in memory as cells), then
 * every zip entry gets one date, so the same project gives the same bytes.
 */
export async function writeAssemblyWorkbook(
  sqlite: Database.Database,
  file: string,
): Promise<WorkbookSummary> {
  const t = wordsIn(documentSetup(sqlite, false).language)
  const sheets: WorkbookSummary['sheets'] = []
  await writeThroughPartial(file, async (partial) => {
    const chunks: Buffer[] = []
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk)
        done()
      },
    })
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: sink,
      useStyles: true,
      useSharedStrings: false,
    })
    workbook.created = fixedDate
    workbook.modified = fixedDate
    workbook.creator = 'Kleroterion'
    for (const module of sheetModules)
      for (const spec of module(sqlite, t)) {
        const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] })
        sheet.columns = spec.columns.map((c, i) => ({
          key: String(i),
          width: c.width ?? 14,
          style: { numFmt: numberFormats[c.type] },
        }))
        const header = sheet.addRow(spec.columns.map((c) => toCell('text', c.header)))
        header.font = { bold: true }
        header.commit()
        let rows = 0
        for (const values of spec.rows) {
          sheet.addRow(spec.columns.map((c, i) => toCell(c.type, values[i]))).commit()
          rows++
        }
        sheet.commit()
        sheets.push({ name: spec.name, rows })
      }
    await workbook.commit()
    writeFileSync(partial, fixZipTimes(Buffer.concat(chunks)))
  })
  return { file, sheets }
}
