import { parse } from 'csv-parse/sync'
import { AppError } from '../../shared/errors.ts'

export type CsvTable = { header: string[]; rows: string[][] }

/** Reads CSV text with every cell as text (no type guessing), header row first. */
export function readCsv(text: string, what: string): CsvTable {
  let records: string[][]
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true })
  } catch (error) {
    throw new AppError('invalid-input', `The ${what} is not valid CSV: ${(error as Error).message}`)
  }
  const [header, ...rows] = records
  if (!header) throw new AppError('invalid-input', `The ${what} is empty.`)
  return {
    header: header.map((h) => h.trim()),
    rows: rows.filter((row) => row.some((cell) => cell.trim() !== '')),
  }
}
