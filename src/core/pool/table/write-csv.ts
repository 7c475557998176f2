import { stringify } from 'csv-stringify/sync'

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return) is written
 * with a leading apostrophe, so an exported file cannot attack whoever opens it (formula injection).
 * The stored data keeps the cell as given; only what the app writes out is neutralised.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}

/** Writes rows as CSV (UTF-8 with a BOM so Excel reads accents right), every cell neutralised. */
export function writeCsv(
  rows: string[][],
  options: { delimiter?: string; neutralise?: boolean } = {},
): string {
  const neutralise = options.neutralise ?? true
  const safe = neutralise ? rows.map((row) => row.map(neutraliseFormula)) : rows
  return `\uFEFF${stringify(safe, { delimiter: options.delimiter ?? ',', quoted_match: /[\s"]/, record_delimiter: '\r\n' })}`
}
