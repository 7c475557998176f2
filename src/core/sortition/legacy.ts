import type { SeededRandom } from '../random/seeded-random.ts'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import { panelProblems, type Instance } from './instance.ts'

/** How many greedy attempts LEGACY makes before it gives up (as the Sortition Foundation). */
export const LEGACY_ATTEMPTS = 100

/**
 * LEGACY, the greedy draw the Sortition Foundation used before optimal lotteries: repeatedly
 * find the quota value whose unmet minimum is largest relative to the people still eligible for
 * it, and pick one of those people uniformly; people whose values are full, and housemates of
 * anyone picked, become ineligible. Retries when it runs into a dead end. Returns one panel.
 */
export function drawLegacy(instance: Instance, random: SeededRandom): number[] {
  for (let attempt = 0; attempt < LEGACY_ATTEMPTS; attempt++) {
    const panel = legacyAttempt(instance, random)
    if (panel && panelProblems(instance, panel).length === 0) return panel.sort((a, b) => a - b)
  }
  throw new AppError('infeasible-quotas', msg('quotas.legacyFailed', { attempts: LEGACY_ATTEMPTS }))
}

/** Per quota value, the eligible people in a swap-remove array, so removal and picking are O(1). */
class EligibleSets {
  readonly members: number[][]
  private readonly position: Map<number, number>[]

  constructor(instance: Instance) {
    this.members = instance.quotaMembers.map((list) => [...list])
    this.position = this.members.map((list) => new Map(list.map((person, at) => [person, at])))
  }

  count(q: number): number {
    return this.members[q]?.length ?? 0
  }

  remove(q: number, person: number): void {
    const list = this.members[q]
    const where = this.position[q]
    const at = where?.get(person)
    if (!list || !where || at === undefined) return
    const last = list.pop() as number
    if (last !== person) {
      list[at] = last
      where.set(last, at)
    }
    where.delete(person)
  }
}

function legacyAttempt(instance: Instance, random: SeededRandom): number[] | null {
  const { quotas, respondentQuotas, k } = instance
  const eligible = new EligibleSets(instance)
  const isEligible = new Uint8Array(instance.n).fill(1)
  const selected = new Array<number>(quotas.length).fill(0)
  const panel: number[] = []
  const drop = (person: number) => {
    if (!isEligible[person]) return
    isEligible[person] = 0
    for (const q of respondentQuotas[person] ?? []) eligible.remove(q, person)
  }
  // Values whose maximum is 0 exclude their members from the start.
  quotas.forEach((quota, q) => {
    if (quota.max <= 0) for (const other of [...(eligible.members[q] ?? [])]) drop(other)
  })
  while (panel.length < k) {
    let bestQuota = -1
    let bestRatio = -Infinity
    quotas.forEach((quota, q) => {
      const available = eligible.count(q)
      if (available === 0) {
        if ((selected[q] ?? 0) < quota.min) bestRatio = Infinity
        return
      }
      const ratio = (quota.min - (selected[q] ?? 0)) / available
      if (ratio > bestRatio) {
        bestRatio = ratio
        bestQuota = q
      }
    })
    if (bestQuota < 0 || bestRatio > 1) return null
    const person = random.pick(eligible.members[bestQuota] ?? [])
    panel.push(person)
    drop(person)
    const household = instance.householdOf[person] ?? -1
    if (household >= 0) for (const other of instance.households[household] ?? []) drop(other)
    for (const q of respondentQuotas[person] ?? []) {
      selected[q] = (selected[q] ?? 0) + 1
      const quota = quotas[q]
      if (quota && (selected[q] ?? 0) >= quota.max)
        for (const other of [...(eligible.members[q] ?? [])]) drop(other)
    }
  }
  return panel
}
