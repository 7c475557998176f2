import { parse } from 'csv-parse/sync'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'

export type CsvTable = { header: string[]; rows: string[][] }

/** Reads CSV text with every cell as text (no type guessing), header row first. */
export function readCsv(text: string, what: 'quotaFile' | 'respondentsFile'): CsvTable {
  const file = msg(`sortition.${what}`)
  let records: string[][]
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true })
  } catch (error) {
    throw new AppError(
      'invalid-input',
      msg('sortition.csvInvalid', { what: file, detail: (error as Error).message }),
    )
  }
  const [header, ...rows] = records
  if (!header) throw new AppError('invalid-input', msg('sortition.csvEmpty', { what: file }))
  return {
    header: header.map((h) => h.trim()),
    rows: rows.filter((row) => row.some((cell) => cell.trim() !== '')),
  }
}
