import type Database from 'better-sqlite3'
import { appendAudit } from '../audit/audit-log.ts'
import { AppError } from '../../shared/errors.ts'
import type { PanelMemberStatus } from '../../shared/draws.ts'
import type { Project } from '../project/project.ts'
import { projectDrawInput } from '../quotas/draw-input.ts'
import type { DrawInput } from '../sortition/types.ts'

/** People who still hold a seat: selected or confirmed, not declined or withdrawn. */
export function heldPeople(sqlite: Database.Database): { externalId: string; household: string }[] {
  return sqlite
    .prepare<[], { external_id: string; household_key: string }>(
      `select r.external_id, r.household_key from panel_member m join respondent r on r.id = m.respondent_id
       where m.role = 'selected' and m.status in ('selected', 'confirmed') order by r.external_id`,
    )
    .all()
    .map((r) => ({ externalId: r.external_id, household: r.household_key }))
}

/**
 * The input of a replacement draw: the original quotas minus the people still held, for the seats
 * left; from the pool without anyone ever selected, without the households of people held (the
 * household of someone who withdrew is open again), and without people in groups already full.
 */
export function replacementInput(sqlite: Database.Database): DrawInput {
  const base = projectDrawInput(sqlite)
  const held = heldPeople(sqlite)
  const seats = base.panelSize - held.length
  if (seats <= 0) throw new AppError('invalid-input', 'Every seat is filled: there is nobody to replace.')
  const everSelected = new Set(
    sqlite
      .prepare<[], string>(
        "select r.external_id from panel_member m join respondent r on r.id = m.respondent_id where m.role = 'selected'",
      )
      .pluck()
      .all(),
  )
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
    (p) => !everSelected.has(p.id) && !(p.household !== undefined && heldHouseholds.has(p.household)),
  )
  return { quotas, pool, panelSize: seats }
}

/** Records a panel member's answer: confirmed, declined or withdrawn (the seat then opens for a replacement). */
export async function setMemberStatus(
  project: Project,
  externalId: string,
  status: PanelMemberStatus,
): Promise<void> {
  const { sqlite } = project
  const row = sqlite
    .prepare<[string], { respondent_id: number; role: string }>(
      'select m.respondent_id, m.role from panel_member m join respondent r on r.id = m.respondent_id where r.external_id = ?',
    )
    .get(externalId)
  if (row?.role !== 'selected') throw new AppError('invalid-input', `${externalId} is not on the panel.`)
  const at = project.timestamp()
  await project.write(async (trx) => {
    sqlite
      .prepare('update panel_member set status = ?, updated_at = ? where respondent_id = ?')
      .run(status, at, row.respondent_id)
    // A decline or withdrawal reopens a seat (and a household) for the next replacement round.
    await appendAudit(trx, { kind: 'panel.status', at, payload: { person: externalId, status } })
  })
}
