import type Database from 'better-sqlite3'
import type { PanelPlace, PoolChances } from '../../shared/pool.ts'
import { firstLotteryDrawId, getDraw, panelMembers } from './draw-repo.ts'

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
  const id = firstLotteryDrawId(sqlite)
  if (id === undefined) return null
  const first = getDraw(sqlite, id)
  return { draw: { drawId: first.id, algorithm: first.algorithm }, byId: first.probabilities }
}

/** Where each drawn person stands: on the panel (with their answer) or on the reserve list. */
export function panelPlaces(sqlite: Database.Database): Map<string, PanelPlace> {
  return new Map(
    panelMembers(sqlite).map((r) => [
      r.externalId,
      (r.role === 'reserve' ? 'reserve' : r.status) as PanelPlace,
    ]),
  )
}
