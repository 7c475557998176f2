import { parse } from 'csv-parse/sync'
import { AppError } from '../../../shared/errors.ts'
import { msg } from '../../../shared/messages.ts'
import { decodeText } from './decode-text.ts'
import { sniffDelimiter } from './sniff-delimiter.ts'
import { MAX_ROWS, rectangular, type Table } from './table.ts'

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' }

/** Reads CSV/TSV bytes: encoding and delimiter detected, every cell kept as text (leading zeros, +44…, long ids). */
export function readCsv(bytes: Uint8Array, fileName: string): Table {
  const { text, encoding } = decodeText(bytes)
  const refuse = (message: ReturnType<typeof msg>) =>
    new AppError('invalid-input', message, { file: fileName })
  if (text.trim() === '') throw refuse(msg('pool.empty', { name: fileName }))
  if (looksBinary(text)) throw refuse(msg('pool.binary', { name: fileName }))
  const delimiter = sniffDelimiter(text)
  let records: string[][]
  try {
    records = parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      to: MAX_ROWS + 2,
    })
  } catch (error) {
    // The parser's own words are for programmers: say what is wrong, and where.
    const { code, lines } = error as { code?: string; lines?: number }
    const detail = code?.includes('QUOTE') ? msg('pool.csvQuote') : msg('pool.csvColumns')
    throw refuse(msg('pool.notCsv', { name: fileName, line: lines ?? 1, detail }))
  }
  const [header, ...data] = records
  if (!header) throw refuse(msg('pool.empty', { name: fileName }))
  if (data.length > MAX_ROWS) {
    throw new AppError('invalid-input', msg('pool.tooManyRows', { name: fileName, max: MAX_ROWS }), {
      file: fileName,
    })
  }
  const table = rectangular(
    header,
    data.map((cells, i) => ({ cells, line: i + 2 })),
  )
  if (table.rows.length === 0) throw refuse(msg('pool.noRows', { name: fileName }))
  return {
    // Row numbers as a spreadsheet shows the file: the header is row 1.
    ...table,
    format: 'csv',
    detected: { encoding, delimiter: DELIMITER_NAMES[delimiter] ?? delimiter },
  }
}

/**
 * Text never holds NUL characters, and rarely other control characters: a file with them is a
 * picture, a PDF, a program or a zip renamed .csv.
 */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096)
  // eslint-disable-next-line no-control-regex -- looking for exactly these characters
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0
  return sample.includes('\u0000') || control > sample.length / 100
}
