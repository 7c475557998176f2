import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { AppError } from '../../../shared/errors.ts'
import { msg } from '../../../shared/messages.ts'
import { readCsv } from './read-csv.ts'
import { readXlsx } from './read-xlsx.ts'
import type { Table } from './table.ts'

/** No registration export comes near this; bigger files are refused before they are read. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024

/** Reads a CSV, TSV or XLSX file of registrations as text. */
export async function readTable(path: string, options: { sheet?: string } = {}): Promise<Table> {
  const name = basename(path)
  let size: number
  try {
    size = (await stat(path)).size
  } catch {
    throw new AppError('file-not-found', `There is no file at ${path}.`, { file: path })
  }
  if (size > MAX_FILE_BYTES) {
    throw new AppError(
      'invalid-input',
      msg('pool.tooLarge', { name, size: Math.round(size / 1024 / 1024) }),
      {
        file: path,
      },
    )
  }
  const bytes = await readFile(path)
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b
  const extension = extname(path).toLowerCase()
  if (extension === '.xlsx' || extension === '.xlsm' || isZip) return readXlsx(bytes, name, options.sheet)
  if (extension === '.xls') {
    throw new AppError('invalid-input', msg('pool.oldExcel', { name }), {
      file: path,
    })
  }
  return readCsv(bytes, name)
}
