import type { Instance } from './instance.ts'

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
export function quotaPrechecks(instance: Instance): { pool: string[]; quota: string[] } {
  const { k, n } = instance
  const pool: string[] = []
  const quota: string[] = []
  if (k > n) pool.push(`The panel size ${k} is larger than the pool (${n} people).`)
  else {
    const capacity = householdCapacity(instance)
    if (k > capacity)
      pool.push(
        `Only ${capacity} people can sit together under the household rule (one per household), fewer than the panel size ${k}.`,
      )
  }
  instance.categoryQuotas.forEach((rows, c) => {
    const name = instance.categories[c] ?? ''
    let sumMin = 0
    let sumMax = 0
    for (const q of rows) {
      sumMin += instance.quotas[q]?.min ?? 0
      sumMax += instance.quotas[q]?.max ?? 0
    }
    if (sumMin > k) quota.push(`${name}: the minimums add up to ${sumMin}, more than the panel size ${k}.`)
    if (sumMax < k) quota.push(`${name}: the maximums add up to ${sumMax}, fewer than the panel size ${k}.`)
  })
  instance.quotas.forEach((row, q) => {
    const available = availableFor(instance, q)
    if (row.min > available)
      quota.push(
        `${row.category}:${row.value}: the minimum is ${row.min} but only ${available} ${available === 1 ? 'person' : 'people'} in the pool can be chosen together.`,
      )
  })
  return { pool, quota }
}
