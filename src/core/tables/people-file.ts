import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { Table } from '../pool/table/table.ts'
import type { SeatingMember } from './seating-types.ts'

/** The column of `name` in the file, ignoring case and spacing, or a refusal naming it. */
function column(table: Table, name: string): number {
  const wanted = name.trim().toLowerCase()
  const at = table.headers.findIndex((h) => h.trim().toLowerCase() === wanted)
  if (at < 0) throw new AppError('invalid-input', msg('tables.unknownField', { field: name }))
  return at
}

/** Members to seat from a file of people: an id column, the diversified columns, a cluster column. */
export function membersFromFile(
  table: Table,
  options: { idColumn: string; diversify: readonly string[]; cluster?: string },
): SeatingMember[] {
  if (options.diversify.length === 0) throw new AppError('invalid-input', msg('tables.noDiversify'))
  const id = column(table, options.idColumn)
  const fields = options.diversify.map((name) => column(table, name))
  const cluster = options.cluster ? column(table, options.cluster) : -1
  const seen = new Set<string>()
  return table.rows.map((row, k) => {
    const value = (row[id] ?? '').trim()
    if (!value || seen.has(value))
      throw new AppError(
        'invalid-input',
        msg('tables.badId', { row: table.rowNumbers[k] ?? k + 2, column: options.idColumn }),
      )
    seen.add(value)
    return {
      id: value,
      values: fields.map((f) => (row[f] ?? '').trim()),
      cluster: cluster >= 0 ? (row[cluster] ?? '').trim() : '',
    }
  })
}
