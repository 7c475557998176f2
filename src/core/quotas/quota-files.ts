import { stringify } from 'csv-stringify/sync'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { QuotaRow, QuotaTable } from '../../shared/quotas.ts'
import { answerKey } from '../pool/normalise.ts'
import { parseQuotas } from '../sortition/parse-quotas.ts'

export type QuotaFileFormat = 'panelot' | 'sortition-foundation'

/**
 * Reads a quota file (Panelot `category,feature,min,max` or Sortition Foundation
 * `feature,value,min,max[,min_flex,max_flex]`) onto the project's categories and values, matching
 * names without regard to case, accents or spacing. Names the pool does not have are refused, listed.
 */
export function quotasFromFile(text: string, table: QuotaTable): QuotaRow[] {
  const { quotas } = parseQuotas(text)
  const unknown: string[] = []
  const rows: QuotaRow[] = []
  for (const q of quotas) {
    const category = table.categories.find((c) => answerKey(c.name) === answerKey(q.category))
    const value = category?.values.find((v) => answerKey(v.value) === answerKey(q.value))
    if (!category || !value) {
      unknown.push(`${q.category}:${q.value}`)
      continue
    }
    rows.push({
      ...value,
      min: q.min,
      max: q.max,
      minFlex: q.minFlex ?? null,
      maxFlex: q.maxFlex ?? null,
    })
  }
  if (unknown.length > 0) {
    throw new AppError(
      'invalid-input',
      msg('quotas.fileUnknownValues', {
        values: `${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? '…' : ''}`,
      }),
    )
  }
  return rows
}

/** Writes the quotas in either common format, so the draw can be cross-checked in other tools. */
export function quotasToFile(table: QuotaTable, format: QuotaFileFormat): string {
  const values = table.categories.flatMap((c) => c.values)
  if (format === 'panelot') {
    return stringify([
      ['category', 'feature', 'min', 'max'],
      ...values.map((v) => [v.category, v.value, v.min, v.max]),
    ])
  }
  return stringify([
    ['feature', 'value', 'min', 'max', 'min_flex', 'max_flex'],
    ...values.map((v) => [v.category, v.value, v.min, v.max, v.minFlex ?? 0, v.maxFlex ?? v.poolCount]),
  ])
}
