/** A file of registrations read as text: every cell exactly as the organiser saw it. */
export type Table = {
  headers: string[]
  /** Data rows; each has one cell per header (missing cells are ''). */
  rows: string[][]
  /** 1-based line (CSV) or row (XLSX) number in the file of each data row, for messages. */
  rowNumbers: number[]
  format: 'csv' | 'xlsx'
  /** What was detected, for the import report: encoding and delimiter (CSV) or sheet (XLSX). */
  detected: { encoding?: string; delimiter?: string; sheet?: string; sheets?: string[] }
}

/** Beyond this many data rows a file is refused before it can exhaust memory. */
export const MAX_ROWS = 200_000

/** Turns ragged rows into rectangular ones and drops rows that are entirely empty. */
export function rectangular(
  headerRow: string[],
  dataRows: { cells: string[]; line: number }[],
): Pick<Table, 'headers' | 'rows' | 'rowNumbers'> {
  const headers = headerRow.map((h) => h.trim())
  const rows: string[][] = []
  const rowNumbers: number[] = []
  for (const { cells, line } of dataRows) {
    if (cells.every((c) => c.trim() === '')) continue
    rows.push(headers.map((_, i) => cells[i] ?? ''))
    rowNumbers.push(line)
  }
  return { headers, rows, rowNumbers }
}
