import type Database from 'better-sqlite3'
import type { TFunction } from 'i18next'
import { neutraliseFormula } from '../pool/table/write-csv.ts'

/**
 * How a column's cells are written: text (neutralised, never a formula), whole numbers, numbers,
 * shares shown as percentages, calendar dates, moments (date and time), or a time of day.
 */
export type ColumnType = 'text' | 'integer' | 'number' | 'percent' | 'date' | 'datetime' | 'time'

export type Column = { header: string; type: ColumnType; width?: number }

/** A value as a sheet module gives it: ISO strings for dates, minutes since midnight for times. */
export type CellInput = string | number | boolean | null | undefined

export type SheetSpec = { name: string; columns: Column[]; rows: Iterable<CellInput[]> }

/** One sheet (or a few) of the workbook, read from the project through its views and repositories. */
export type SheetModule = (sqlite: Database.Database, t: TFunction) => SheetSpec[]

export const numberFormats: Record<ColumnType, string> = {
  text: '@',
  integer: '0',
  number: '0.######',
  percent: '0.00%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
  time: 'hh:mm',
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

/** An ISO date or moment as a Date (UTC), or null when it is none. */
export function parseMoment(value: string): Date | null {
  const day = isoDate.exec(value)
  if (day) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])))
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return null
  const moment = new Date(value)
  return Number.isNaN(moment.getTime()) ? null : moment
}

/** Excel holds at most 32,767 characters in a cell; a longer text is cut and says so. */
const cellLimit = 32_767

function safeText(text: string): string {
  const safe = neutraliseFormula(text)
  return safe.length <= cellLimit ? safe : `${safe.slice(0, cellLimit - 1)}…`
}

/**
 * The cell a spreadsheet receives: numbers stay numbers, dates become dates (a text that is not a
 * date stays text), minutes of the day a fraction of a day, and every text is formula-safe.
 */
export function toCell(type: ColumnType, value: CellInput): string | number | Date | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'boolean') return value ? 1 : 0
  switch (type) {
    case 'text':
      return safeText(String(value))
    case 'date':
    case 'datetime': {
      const moment = typeof value === 'string' ? parseMoment(value) : null
      return moment ?? safeText(String(value))
    }
    case 'time':
      return typeof value === 'number' ? value / (24 * 60) : safeText(value)
    default:
      return typeof value === 'number' ? value : safeText(value)
  }
}
