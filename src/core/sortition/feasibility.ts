import type { Instance } from './instance.ts'
import { msg, type Message } from '../../shared/messages.ts'

/** People with a value who could all sit on one panel: at most one per household. */
export function availableFor(instance: Instance, q: number): number {
  const households = new Set<number>()
  let alone = 0
  for (const i of instance.quotaMembers[q] ?? []) {
    const h = instance.householdOf[i] ?? -1
    if (h < 0) alone += 1
    else households.add(h)
  }
  return alone + households.size
}

/** How many people one panel could hold at most under the household rule. */
export function householdCapacity(instance: Instance): number {
  let alone = 0
  for (const h of instance.householdOf) if (h < 0) alone += 1
  return alone + instance.households.length
}

/**
 * Quick checks that explain in plain words why quotas cannot be met. An empty list does not
 * prove feasibility (only the ILP can), but every message here is a certain cause.
 * `pool` problems cannot be fixed by changing quotas; `quota` problems can.
 */
export function quotaPrechecks(instance: Instance): { pool: Message[]; quota: Message[] } {
  const { k, n } = instance
  const pool: Message[] = []
  const quota: Message[] = []
  if (k > n) pool.push(msg('quotas.panelAbovePool', { k, n }))
  else {
    const capacity = householdCapacity(instance)
    if (k > capacity) pool.push(msg('quotas.householdCapacity', { capacity, k }))
  }
  instance.categoryQuotas.forEach((rows, c) => {
    const name = instance.categories[c] ?? ''
    let sumMin = 0
    let sumMax = 0
    for (const q of rows) {
      sumMin += instance.quotas[q]?.min ?? 0
      sumMax += instance.quotas[q]?.max ?? 0
    }
    if (sumMin > k) quota.push(msg('quotas.minimumsAbove', { category: name, sum: sumMin, k }))
    if (sumMax < k) quota.push(msg('quotas.maximumsBelow', { category: name, sum: sumMax, k }))
  })
  instance.quotas.forEach((row, q) => {
    const available = availableFor(instance, q)
    if (row.min > available)
      quota.push(
        msg('quotas.minAboveAvailable', {
          category: row.category,
          value: row.value,
          min: row.min,
          count: available,
        }),
      )
  })
  return { pool, quota }
}
