import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import { projectDrawInput } from '../quotas/draw-input.ts'
import type { DrawInput } from '../sortition/types.ts'
import { everSelected, heldPeople } from './draw-repo.ts'

/**
 * The input of a replacement draw: the original quotas minus the people still held, for the seats
 * left; from the pool without anyone ever selected, without the households of people held (the
 * household of someone who withdrew is open again), and without people in groups already full.
 */
export function replacementInput(sqlite: Database.Database): DrawInput {
  const base = projectDrawInput(sqlite)
  const held = heldPeople(sqlite)
  const seats = base.panelSize - held.length
  if (seats <= 0) throw new AppError('invalid-input', msg('draw.everySeatFilled'))
  const selectedBefore = new Set(everSelected(sqlite))
  const heldIds = new Set(held.map((h) => h.externalId))
  const heldHouseholds = new Set(held.map((h) => h.household).filter((h) => h !== ''))
  const heldValues = new Map<string, number>()
  for (const person of base.pool) {
    if (!heldIds.has(person.id)) continue
    for (const [category, value] of Object.entries(person.features)) {
      const key = `${category}\u0000${value}`
      heldValues.set(key, (heldValues.get(key) ?? 0) + 1)
    }
  }
  const quotas = base.quotas.map((q) => {
    const taken = heldValues.get(`${q.category}\u0000${q.value}`) ?? 0
    return {
      ...q,
      min: Math.max(0, q.min - taken),
      max: Math.max(0, q.max - taken),
      ...(q.minFlex !== undefined ? { minFlex: Math.max(0, q.minFlex - taken) } : {}),
      ...(q.maxFlex !== undefined ? { maxFlex: Math.max(0, q.maxFlex - taken) } : {}),
    }
  })
  const pool = base.pool.filter(
    (p) => !selectedBefore.has(p.id) && !(p.household !== undefined && heldHouseholds.has(p.household)),
  )
  return { quotas, pool, panelSize: seats }
}
