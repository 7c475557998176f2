import { SeededRandom } from '../random/seeded-random.ts'
import type { Instance } from '../sortition/instance.ts'
import type { Lottery } from '../sortition/types.ts'

/**
 * The ordered reserve list, drawn with the panel from the same seed: repeatedly draw a panel from
 * the lottery and take one of its members at random, skipping the selected, those already on the
 * list and anyone sharing a household with them. So a person's chance of a high reserve rank
 * follows their selection probability. Without a lottery (LEGACY) the order is uniform.
 */
export function drawReserves(
  instance: Instance,
  lottery: Lottery | null,
  selected: number[],
  count: number,
  seed: string,
): number[] {
  const random = new SeededRandom(`${seed}:reserves`)
  const blocked = new Set<number>()
  const block = (i: number) => {
    blocked.add(i)
    const h = instance.householdOf[i] ?? -1
    if (h >= 0) for (const j of instance.households[h] ?? []) blocked.add(j)
  }
  selected.forEach(block)
  const reserves: number[] = []
  if (lottery && lottery.length > 0) {
    for (let attempt = 0; attempt < count * 200 && reserves.length < count; attempt++) {
      const panel = pickPanel(lottery, random.next())
      const open = panel.filter((i) => !blocked.has(i))
      if (open.length === 0) continue
      const person = random.pick(open)
      reserves.push(person)
      block(person)
    }
  }
  // Fill up (LEGACY, or a lottery whose panels ran out of new people) in a uniformly random order.
  for (const person of random.shuffle(Array.from({ length: instance.n }, (_, i) => i))) {
    if (reserves.length >= count) break
    if (blocked.has(person)) continue
    reserves.push(person)
    block(person)
  }
  return reserves
}

function pickPanel(lottery: Lottery, u: number): number[] {
  let cumulative = 0
  for (const entry of lottery) {
    cumulative += entry.probability
    if (u < cumulative) return entry.panel
  }
  return lottery[lottery.length - 1]?.panel ?? []
}
