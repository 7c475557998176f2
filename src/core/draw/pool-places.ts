import type Database from 'better-sqlite3'
import type { PanelPlace, PoolChances } from '../../shared/pool.ts'
import { getDraw } from './draw-repo.ts'

/**
 * Each person's selection probability in the first draw's lottery (the one the organisers
 * published), by external id; null before any LEXIMIN or MAXIMIN draw. Replacement rounds have
 * lotteries of their own, shown with each round.
 */
export function firstDrawChances(sqlite: Database.Database): {
  draw: PoolChances
  byId: Record<string, number>
} | null {
  // Only that draw is read: each stored draw holds the whole pool, and this runs with every pool view.
  const id = sqlite
    .prepare<[], number>(
      "select id from draw where kind = 'initial' and status != 'discarded' and lottery is not null order by id limit 1",
    )
    .pluck()
    .get()
  if (id === undefined) return null
  const first = getDraw(sqlite, id)
  return { draw: { drawId: first.id, algorithm: first.algorithm }, byId: first.probabilities }
}

/** Where each drawn person stands: on the panel (with their answer) or on the reserve list. */
export function panelPlaces(sqlite: Database.Database): Map<string, PanelPlace> {
  const rows = sqlite
    .prepare<[], { external_id: string; role: string; status: string }>(
      `select r.external_id, m.role, m.status from panel_member m join respondent r on r.id = m.respondent_id`,
    )
    .all()
  return new Map(
    rows.map((r) => [r.external_id, (r.role === 'reserve' ? 'reserve' : r.status) as PanelPlace]),
  )
}
