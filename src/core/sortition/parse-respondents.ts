import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import { readCsv } from './csv.ts'
import { normaliseKey } from './instance.ts'
import type { Quota, Respondent } from './types.ts'

export type RespondentFileOptions = {
  /** The id column; when not given, `id` is used if present, else the 0-based row numbers (Panelot). */
  idColumn?: string
  /** Columns that together form the household key (e.g. address line and postcode). */
  householdColumns?: string[]
}

/**
 * Reads a pool file: one row per respondent, one column per category (matched
 * case-insensitively to the quota categories); other columns are ignored.
 */
export function parseRespondents(
  text: string,
  quotas: readonly Quota[],
  options: RespondentFileOptions = {},
): { pool: Respondent[]; idSource: 'column' | 'row-number' } {
  const { header, rows } = readCsv(text, 'respondentsFile')
  const col = new Map<string, number>()
  header.forEach((h, i) => {
    const key = normaliseKey(h)
    if (col.has(key))
      throw new AppError('invalid-input', msg('sortition.respondentsColumnTwice', { column: h }))
    col.set(key, i)
  })
  const need = (name: string, what: 'idColumn' | 'categoryColumn' | 'householdColumn') => {
    const i = col.get(normaliseKey(name))
    if (i === undefined)
      throw new AppError(
        'invalid-input',
        msg('sortition.respondentsNoColumn', {
          what: msg(`sortition.${what}`),
          name,
          columns: header.join(', '),
        }),
      )
    return i
  }
  let idCol: number | undefined
  if (options.idColumn !== undefined) idCol = need(options.idColumn, 'idColumn')
  else idCol = col.get('id')
  const categories = [...new Map(quotas.map((q) => [normaliseKey(q.category), q.category])).values()]
  const categoryCols = categories.map((category) => [category, need(category, 'categoryColumn')] as const)
  const householdCols = (options.householdColumns ?? []).map((name) => need(name, 'householdColumn'))
  const pool = rows.map((row, r) => {
    const cell = (i: number) => (row[i] ?? '').trim()
    const id = idCol === undefined ? String(r) : cell(idCol)
    const features: Record<string, string> = {}
    for (const [category, i] of categoryCols) features[category] = cell(i)
    const respondent: Respondent = { id, features }
    if (householdCols.length > 0) {
      const parts = householdCols.map((i) => normaliseKey(cell(i)))
      if (parts.some((part) => part !== '')) respondent.household = JSON.stringify(parts)
    }
    return respondent
  })
  return { pool, idSource: idCol === undefined ? 'row-number' : 'column' }
}
