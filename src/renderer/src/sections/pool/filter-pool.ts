import type { PoolRow } from '../../../../shared/pool.ts'
import { foldText } from './text-keys.ts'

/** What each row is searched by: name, e-mail, id and postcode (also without its spaces). */
export function searchIndex(people: PoolRow[]): string[] {
  return people.map((p) =>
    foldText([p.name, p.email, p.externalId, p.postcode, p.postcode.replace(/[\s-]/g, '')].join('\u0001')),
  )
}

/** A filter chip's value: the category's index and the value's index ("2:0"). */
export function filterKey(category: number, value: number): string {
  return `${category}:${value}`
}

/**
 * The rows that match the search and the chosen category values: any of the chosen values within
 * one category, and every category that has a chosen value.
 */
export function filterPool(people: PoolRow[], index: string[], query: string, filters: string[]): PoolRow[] {
  const words = foldText(query).split(/\s+/).filter(Boolean)
  const byCategory = new Map<number, Set<number>>()
  for (const key of filters) {
    const [category, value] = key.split(':').map(Number)
    if (category === undefined || value === undefined) continue
    const set = byCategory.get(category) ?? new Set<number>()
    set.add(value)
    byCategory.set(category, set)
  }
  if (words.length === 0 && byCategory.size === 0) return people
  const chosen = [...byCategory.entries()]
  return people.filter((person, i) => {
    const text = index[i] ?? ''
    if (!words.every((w) => text.includes(w))) return false
    return chosen.every(([category, values]) => values.has(person.values[category] ?? -1))
  })
}

/** How many people share each household number (0 = no address, never counted). */
export function householdSizes(people: PoolRow[]): Map<number, number> {
  const sizes = new Map<number, number>()
  for (const p of people) if (p.household !== 0) sizes.set(p.household, (sizes.get(p.household) ?? 0) + 1)
  return sizes
}

/** Households as the draw sees them: each shared address once, each person without an address alone. */
export function householdCount(people: PoolRow[], sizes: Map<number, number>): number {
  return sizes.size + people.filter((p) => p.household === 0).length
}
