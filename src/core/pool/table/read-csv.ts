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
    const message = (error as Error).message.replace(/^Invalid Record Length: /, '')
    throw new AppError('invalid-input', msg('pool.notCsv', { name: fileName, detail: message }), {
      file: fileName,
    })
  }
  const [header, ...data] = records
  if (!header) throw new AppError('invalid-input', msg('pool.empty', { name: fileName }), { file: fileName })
  if (data.length > MAX_ROWS) {
    throw new AppError('invalid-input', msg('pool.tooManyRows', { name: fileName, max: MAX_ROWS }), {
      file: fileName,
    })
  }
  return {
    // Row numbers as a spreadsheet shows the file: the header is row 1.
    ...rectangular(
      header,
      data.map((cells, i) => ({ cells, line: i + 2 })),
    ),
    format: 'csv',
    detected: { encoding, delimiter: DELIMITER_NAMES[delimiter] ?? delimiter },
  }
}
