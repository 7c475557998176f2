import type { Instance } from './instance.ts'

/** A panel as a count per class of interchangeable people (length: number of classes). */
export type ClassPanel = Int32Array

/**
 * Classes of interchangeable people. Two people are interchangeable when swapping them (and
 * their households) maps every quota-feasible panel to a quota-feasible panel: people living
 * alone with the same answers, and people with the same answers in households whose members
 * have the same answers (the same "household shape"). The LEXIMIN lottery gives everyone in a
 * class the same chance (it is unique, and a swap maps optimal lotteries to optimal lotteries),
 * so the optimisation can work over classes: a panel is then a count per class, and the many
 * panels that differ only by who stands for a class become one column.
 *
 * Quota rows that bind nothing (minimum 0, maximum at least min(k, the group's size)) do not
 * split classes: people whose answers differ only on such rows are interchangeable too. On the
 * demo pool, whose last two categories carry no quota, this halves the number of classes.
 */
export type PersonClass = {
  /** The people of the class (pool indices, ascending). */
  members: number[]
  /** For each category, the quota row all members share, or -1 where their row binds nothing. */
  quotas: number[]
  /** The household shape, or -1 for people living alone. */
  shape: number
  /** At most this many of the class sit on one panel (one per household). */
  cap: number
}

export type HouseholdShape = {
  /** The households of this shape (each a list of pool indices). */
  households: number[][]
  /** The classes of this shape (people with each distinct answer set in it). */
  classes: number[]
}

export type PersonClasses = {
  classes: PersonClass[]
  shapes: HouseholdShape[]
  /** For each person, its class. */
  classOf: Int32Array
}

export function classify(instance: Instance): PersonClasses {
  const binding = instance.quotas.map(
    (quota, q) => quota.min > 0 || quota.max < Math.min(instance.k, instance.quotaMembers[q]?.length ?? 0),
  )
  const rows = (i: number) => (instance.respondentQuotas[i] ?? []).map((q) => (binding[q] ? q : -1))
  const answers = (i: number) => rows(i).join(',')
  const shapeIndex = new Map<string, number>()
  const shapes: HouseholdShape[] = []
  const shapeOfHousehold = instance.households.map((members) => {
    const key = members.map(answers).sort().join('|')
    let s = shapeIndex.get(key)
    if (s === undefined) {
      s = shapes.length
      shapeIndex.set(key, s)
      shapes.push({ households: [], classes: [] })
    }
    shapes[s]?.households.push(members)
    return s
  })
  const classIndex = new Map<string, number>()
  const classes: PersonClass[] = []
  const classOf = new Int32Array(instance.n)
  for (let i = 0; i < instance.n; i++) {
    const h = instance.householdOf[i] ?? -1
    const shape = h >= 0 ? (shapeOfHousehold[h] ?? -1) : -1
    const key = `${shape}#${answers(i)}`
    let c = classIndex.get(key)
    if (c === undefined) {
      c = classes.length
      classIndex.set(key, c)
      classes.push({ members: [], quotas: rows(i), shape, cap: 0 })
      if (shape >= 0) shapes[shape]?.classes.push(c)
    }
    classes[c]?.members.push(i)
    classOf[i] = c
  }
  for (const personClass of classes) {
    personClass.cap =
      personClass.shape >= 0
        ? (shapes[personClass.shape]?.households.length ?? 0)
        : Math.min(personClass.members.length, instance.k)
  }
  return { classes, shapes, classOf }
}
