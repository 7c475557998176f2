import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { DrawInput, Quota } from './types.ts'

/**
 * The draw input in indexed form, which every algorithm works on:
 * quota rows are numbered 0..F-1, categories 0..C-1, respondents 0..n-1.
 */
export type Instance = {
  n: number
  k: number
  quotas: Quota[]
  /** Category names in first-seen order. */
  categories: string[]
  /** For each quota row, its category index. */
  quotaCategory: number[]
  /** For each category, its quota rows. */
  categoryQuotas: number[][]
  /** For each respondent, the quota row of its value in each category (length C). */
  respondentQuotas: number[][]
  /** For each quota row, the respondents who have that value. */
  quotaMembers: number[][]
  /** Households with two or more respondents (respondent indices). */
  households: number[][]
  /** For each respondent, its household group index, or -1 when alone. */
  householdOf: number[]
  ids: string[]
}

export function normaliseKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase()
}

/** Builds the indexed instance; throws `invalid-input` for inconsistent data. */
export function buildInstance(input: DrawInput): Instance {
  const { quotas, pool, panelSize: k } = input
  if (!Number.isInteger(k) || k < 1) throw new AppError('invalid-input', msg('sortition.panelSize', { k }))
  if (quotas.length === 0) throw new AppError('invalid-input', msg('quotas.fileNoRows'))
  const categories: string[] = []
  const categoryIndex = new Map<string, number>()
  const categoryQuotas: number[][] = []
  const quotaCategory: number[] = []
  const valueIndex = new Map<string, number>()
  quotas.forEach((quota, q) => {
    const catKey = normaliseKey(quota.category)
    let c = categoryIndex.get(catKey)
    if (c === undefined) {
      c = categories.length
      categories.push(quota.category)
      categoryIndex.set(catKey, c)
      categoryQuotas.push([])
    }
    const key = `${c}\u0000${normaliseKey(quota.value)}`
    if (valueIndex.has(key))
      throw new AppError(
        'invalid-input',
        msg('sortition.quotaTwice', { category: quota.category, value: quota.value }),
      )
    valueIndex.set(key, q)
    quotaCategory.push(c)
    categoryQuotas[c]?.push(q)
  })

  const ids: string[] = []
  const seenIds = new Set<string>()
  const respondentQuotas: number[][] = []
  const quotaMembers: number[][] = quotas.map(() => [])
  const householdGroups = new Map<string, number[]>()
  pool.forEach((respondent, i) => {
    if (respondent.id.trim() === '')
      throw new AppError('invalid-input', msg('sortition.blankId', { number: i + 1 }))
    if (seenIds.has(respondent.id))
      throw new AppError('invalid-input', msg('sortition.idTwice', { id: respondent.id }))
    seenIds.add(respondent.id)
    ids.push(respondent.id)
    const byCategory = new Map<number, string>()
    for (const [category, value] of Object.entries(respondent.features)) {
      const c = categoryIndex.get(normaliseKey(category))
      if (c !== undefined) byCategory.set(c, value)
    }
    const row: number[] = []
    categories.forEach((category, c) => {
      const value = byCategory.get(c)
      if (value === undefined || value.trim() === '')
        throw new AppError('invalid-input', msg('sortition.noValue', { id: respondent.id, category }))
      const q = valueIndex.get(`${c}\u0000${normaliseKey(value)}`)
      if (q === undefined)
        throw new AppError(
          'invalid-input',
          msg('sortition.valueNotInQuotas', { id: respondent.id, category, value }),
        )
      row.push(q)
      quotaMembers[q]?.push(i)
    })
    respondentQuotas.push(row)
    if (respondent.household !== undefined) {
      const group = householdGroups.get(respondent.household)
      if (group) group.push(i)
      else householdGroups.set(respondent.household, [i])
    }
  })
  const households = [...householdGroups.values()].filter((g) => g.length > 1)
  const householdOf = new Array<number>(pool.length).fill(-1)
  households.forEach((group, h) => {
    for (const i of group) householdOf[i] = h
  })
  return {
    n: pool.length,
    k,
    quotas,
    categories,
    quotaCategory,
    categoryQuotas,
    respondentQuotas,
    quotaMembers,
    households,
    householdOf,
    ids,
  }
}

/** Checks a panel against every quota, the size and the household rule; returns the problems. */
export function panelProblems(instance: Instance, panel: readonly number[]): string[] {
  const problems: string[] = []
  if (panel.length !== instance.k) problems.push(`has ${panel.length} members, not ${instance.k}`)
  if (new Set(panel).size !== panel.length) problems.push('lists someone twice')
  const counts = new Array<number>(instance.quotas.length).fill(0)
  const households = new Set<number>()
  for (const i of panel) {
    for (const q of instance.respondentQuotas[i] ?? []) counts[q] = (counts[q] ?? 0) + 1
    const h = instance.householdOf[i] ?? -1
    if (h >= 0) {
      if (households.has(h)) problems.push(`has two people from one household (${instance.ids[i] ?? i})`)
      households.add(h)
    }
  }
  instance.quotas.forEach((quota, q) => {
    const count = counts[q] ?? 0
    if (count < quota.min || count > quota.max)
      problems.push(`has ${count} ${quota.category}:${quota.value}, outside ${quota.min}–${quota.max}`)
  })
  return problems
}

/** Respondents with a value whose maximum is 0 (a group already full): no panel can hold them. */
export function unselectable(instance: Instance): number[] {
  const out: number[] = []
  instance.respondentQuotas.forEach((rows, i) => {
    if (rows.some((q) => Math.min(instance.quotas[q]?.max ?? 0, instance.k) === 0)) out.push(i)
  })
  return out
}
