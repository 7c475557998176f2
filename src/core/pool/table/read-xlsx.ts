import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import SSF from 'ssf'
import { AppError } from '../../../shared/errors.ts'
import { msg } from '../../../shared/messages.ts'
import { checkZip } from './check-zip.ts'
import { MAX_ROWS, rectangular, type Table } from './table.ts'

type Cell = { value: ExcelJS.CellValue; numFmt?: string }

/** Days between 1899-12-30 (Excel's day 0) and 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569

/** The text Excel shows for a cell: numbers and dates through the cell's number format. */
export function displayText(cell: Cell): string {
  const { value } = cell
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (typeof value === 'number') return SSF.format(cell.numFmt ?? 'General', value)
  if (value instanceof Date) {
    const serial = value.getTime() / 86_400_000 + EXCEL_EPOCH_DAYS
    return SSF.format(cell.numFmt ?? 'yyyy-mm-dd', serial)
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('result' in value) return displayText({ ...cell, value: value.result })
  if ('text' in value) return value.text
  return ''
}

/**
 * Reads one sheet of an XLSX workbook as text, streaming (a 50,000-row sheet never sits in memory
 * as an ExcelJS model). Checked first for zip bombs; refused above MAX_ROWS rows.
 */
export async function readXlsx(bytes: Buffer, fileName: string, sheetName?: string): Promise<Table> {
  await checkZip(bytes, fileName)
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  })
  const sheets: string[] = []
  let chosen: string | undefined
  let header: string[] | undefined
  const data: { cells: string[]; line: number }[] = []
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name: string }).name
      sheets.push(name)
      if (chosen !== undefined || (sheetName !== undefined && name !== sheetName)) {
        // Other sheets are read through and dropped: the streaming reader must consume every sheet.
        for await (const _row of worksheet) {
          /* skipped */
        }
        continue
      }
      chosen = name
      for await (const row of worksheet) {
        const cells: string[] = []
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          cells[col - 1] = displayText({ value: cell.value, ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) })
        })
        const filled = Array.from({ length: cells.length }, (_, i) => cells[i] ?? '')
        if (header === undefined) {
          if (filled.some((c) => c.trim() !== '')) header = filled
          continue
        }
        data.push({ cells: filled, line: row.number })
        if (data.length > MAX_ROWS) {
          throw new AppError(
            'invalid-input',
            msg('pool.sheetTooManyRows', { name: fileName, sheet: name, max: MAX_ROWS }),
            { file: fileName },
          )
        }
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('invalid-input', msg('pool.excelDamaged', { name: fileName }), {
      file: fileName,
    })
  }
  if (sheetName !== undefined && chosen === undefined) {
    throw new AppError(
      'invalid-input',
      msg('pool.noSheet', { name: fileName, sheet: sheetName, sheets: sheets.join(', ') }),
      {
        file: fileName,
      },
    )
  }
  if (!header)
    throw new AppError('invalid-input', msg('pool.sheetEmpty', { name: fileName }), { file: fileName })
  return { ...rectangular(header, data), format: 'xlsx', detected: { sheet: chosen ?? '', sheets } }
}
