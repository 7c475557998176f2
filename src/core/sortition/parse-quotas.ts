import { AppError } from '../../shared/errors.ts'
import { msg, type Message } from '../../shared/messages.ts'
import { quotaBoundsProblem, type QuotaBoundsProblem } from '../../shared/quotas.ts'
import { readCsv } from './csv.ts'
import type { Quota } from './types.ts'

export type QuotaFormat = 'panelot' | 'sortition-foundation'

/**
 * Reads a quota file in either common format:
 * - Panelot / Nature replication: `category,feature,min,max`
 * - Sortition Foundation: `feature,value,min,max[,min_flex,max_flex]`, or the older `category,name,min,max`
 * Header names are matched case-insensitively; extra columns are ignored.
 */
export function parseQuotas(text: string): { quotas: Quota[]; format: QuotaFormat } {
  const { header, rows } = readCsv(text, 'quotaFile')
  const col = new Map(header.map((h, i) => [h.toLowerCase(), i]))
  const find = (...names: string[]) => names.map((name) => col.get(name)).find((i) => i !== undefined)
  let categoryCol: number | undefined
  let valueCol: number | undefined
  let format: QuotaFormat
  const value = find('value', 'category value')
  if (value !== undefined) {
    categoryCol = find('feature', 'category')
    valueCol = value
    format = 'sortition-foundation'
  } else if (col.has('category') && col.has('feature')) {
    categoryCol = col.get('category')
    valueCol = col.get('feature')
    format = 'panelot'
  } else {
    categoryCol = col.get('category')
    valueCol = col.get('name')
    format = 'sortition-foundation'
  }
  const minCol = col.get('min')
  const maxCol = col.get('max')
  if (categoryCol === undefined || valueCol === undefined || minCol === undefined || maxCol === undefined)
    throw new AppError('invalid-input', msg('quotas.fileColumns', { columns: header.join(',') }))
  const minFlexCol = col.get('min_flex')
  const maxFlexCol = col.get('max_flex')
  const quotas = rows.map((row, r) => {
    const line = r + 2
    const cell = (i: number) => (row[i] ?? '').trim()
    const number = (i: number, name: string) => {
      const text = cell(i)
      if (!/^\d+$/.test(text))
        throw new AppError('invalid-input', msg('quotas.fileNotNumber', { line, name, text }))
      return Number(text)
    }
    const category = cell(categoryCol)
    const value = cell(valueCol)
    if (!category || !value) throw new AppError('invalid-input', msg('quotas.fileBlank', { line }))
    const quota: Quota = { category, value, min: number(minCol, 'min'), max: number(maxCol, 'max') }
    if (minFlexCol !== undefined && cell(minFlexCol) !== '') quota.minFlex = number(minFlexCol, 'min_flex')
    if (maxFlexCol !== undefined && cell(maxFlexCol) !== '') quota.maxFlex = number(maxFlexCol, 'max_flex')
    const problem = quotaBoundsProblem(quota)
    if (problem) throw new AppError('invalid-input', fileProblem(problem, quota, line))
    return quota
  })
  if (quotas.length === 0) throw new AppError('invalid-input', msg('quotas.fileNoRows'))
  return { quotas, format }
}

function fileProblem(problem: QuotaBoundsProblem, quota: Quota, line: number): Message {
  const where = msg('quotas.fileLine', { line, category: quota.category, value: quota.value })
  const { min, max } = quota
  switch (problem) {
    case 'minAboveMax':
      return msg('quotas.fileMinAboveMax', { where, min, max })
    case 'minFlexAboveMin':
      return msg('quotas.fileMinFlex', { where, minFlex: quota.minFlex ?? 0, min })
    case 'maxFlexBelowMax':
      return msg('quotas.fileMaxFlex', { where, maxFlex: quota.maxFlex ?? 0, max })
  }
}
