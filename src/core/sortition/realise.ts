import { gcd, lcm } from './integers.ts'
import type { ClassPanel, PersonClasses } from './person-classes.ts'
import type { Lottery } from './types.ts'

/**
 * Turns a lottery over class panels (counts per class) into a lottery over real panels in which
 * every member of class c has exactly the chance the class lottery gives the class: for each
 * class panel, every class (or household shape) is filled by rotation, and all rotations are
 * driven by one uniform number U (a comonotone coupling), so the panel changes only where some
 * rotation does.
 *
 * - People living alone, class of m people with x seats: rotation j ∈ [0, d), d = m/gcd(m, x),
 *   seats the members at positions j·x … j·x + x − 1 (mod m); each member sits in x/m of them.
 * - A household shape with H households whose classes take x_v seats (Σ x_v ≤ H, each household
 *   having r_v members of class v): rotation j ∈ [0, H·M), M the lcm of the r_v, gives the x_v
 *   households from offset j mod H onwards to class v and, in each, member ⌊j/H⌋ mod r_v; each
 *   member sits in x_v/(H·r_v) = x_v/m_v of them.
 *
 * Panels are sorted member lists; the probabilities sum to the class lottery's.
 */
export function realise(
  people: PersonClasses,
  classLottery: { panel: ClassPanel; probability: number }[],
): Lottery {
  const out = new Map<string, { panel: number[]; probability: number }>()
  for (const { panel, probability } of classLottery) {
    const units = rotationUnits(people, panel)
    const cuts = new Set<number>([0, 1])
    for (const unit of units) for (let j = 1; j < unit.period; j++) cuts.add(j / unit.period)
    const points = [...cuts].sort((a, b) => a - b)
    for (let p = 0; p + 1 < points.length; p++) {
      const from = points[p] ?? 0
      const to = points[p + 1] ?? 1
      if (to - from < 1e-15) continue
      const u = (from + to) / 2
      const members: number[] = []
      for (const unit of units) unit.seat(Math.floor(u * unit.period), members)
      members.sort((a, b) => a - b)
      const key = members.join(',')
      const entry = out.get(key)
      const weight = probability * (to - from)
      if (entry) entry.probability += weight
      else out.set(key, { panel: members, probability: weight })
    }
  }
  return [...out.values()]
}

/** One real panel for a class panel (the first rotation of every class). */
export function representative(people: PersonClasses, panel: ClassPanel): number[] {
  const members: number[] = []
  for (const unit of rotationUnits(people, panel)) unit.seat(0, members)
  return members.sort((a, b) => a - b)
}

type Unit = { period: number; seat: (rotation: number, into: number[]) => void }

function rotationUnits(people: PersonClasses, panel: ClassPanel): Unit[] {
  const units: Unit[] = []
  people.classes.forEach((personClass, c) => {
    const seats = panel[c] ?? 0
    if (seats === 0 || personClass.shape >= 0) return
    const m = personClass.members.length
    const period = m / gcd(m, seats)
    units.push({
      period,
      seat: (j, into) => {
        for (let r = 0; r < seats; r++) into.push(personClass.members[(j * seats + r) % m] ?? 0)
      },
    })
  })
  for (const shape of people.shapes) {
    const taking = shape.classes.filter((c) => (panel[c] ?? 0) > 0)
    if (taking.length === 0) continue
    const households = shape.households
    const h = households.length
    // The members of each household by class, in household order.
    const byClass = taking.map((c) =>
      households.map((members) => members.filter((i) => people.classOf[i] === c)),
    )
    const perHousehold = byClass.map((lists) => lists[0]?.length ?? 1)
    const m = perHousehold.reduce((a, r) => lcm(a, r), 1)
    units.push({
      period: h * m,
      seat: (j, into) => {
        const offset = j % h
        const turn = Math.floor(j / h)
        let position = 0
        taking.forEach((c, t) => {
          for (let s = 0; s < (panel[c] ?? 0); s++) {
            const household = (offset + position) % h
            const members = byClass[t]?.[household] ?? []
            into.push(members[turn % (perHousehold[t] ?? 1)] ?? 0)
            position += 1
          }
        })
      },
    })
  }
  return units
}
