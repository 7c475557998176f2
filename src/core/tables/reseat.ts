import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import { SeatingIndex } from './seating-index.ts'
import type { SeatingMember, SeatingPair, SeatingPin } from './seating-types.ts'

export type ReseatRequest = {
  members: readonly SeatingMember[]
  fields: readonly string[]
  /** The session's tables as planned. */
  tables: readonly (readonly string[])[]
  /** Who is there now; the others leave their seats, newcomers are given one. */
  present: readonly string[]
  pins: readonly SeatingPin[]
  apart: readonly SeatingPair[]
  /** The other sessions' tables, counted as past meetings. */
  history?: readonly (readonly (readonly string[])[])[]
  encounterWeight: number
  roundName?: string
}

export type Reseated = { tables: string[][]; moved: string[] }

/**
 * Re-seats one session after no-shows: the absent leave, and only as many present members move as
 * it takes for the tables' sizes to differ by at most one again (tables that keep more seats are
 * the fullest ones, so the fewest move). Who moves, and where to, is chosen greedily by the same
 * cost as the plan (balance + past meetings); pinned and clustered members never move.
 */
export function reseatSession(request: ReseatRequest): Reseated {
  const index = new SeatingIndex({
    members: request.members,
    fields: request.fields,
    apart: request.apart,
    history: request.history ?? [],
    roundNames: request.roundName ? [request.roundName] : [],
  })
  const label = index.roundLabel(0)
  const tableCount = request.tables.length
  const present = new Set(request.present.map((id) => index.index(id)))
  if (present.size === 0) throw new AppError('invalid-input', msg('tables.noMembers', { round: label }))
  if (tableCount > present.size)
    throw new AppError(
      'invalid-input',
      msg('tables.tooManyTables', { tables: tableCount, members: present.size, round: label }),
    )
  const state = index.roundState(
    tableCount,
    [...present].sort((a, b) => a - b),
    request.encounterWeight,
  )
  const seated = new Set<number>()
  request.tables.forEach((table, t) => {
    for (const id of table) {
      const i = index.index(id)
      if (present.has(i) && !seated.has(i)) {
        state.place(i, t)
        seated.add(i)
      }
    }
  })
  const fixed = new Set(request.pins.map((p) => index.index(p.member)))
  const clusterSize = new Map<string, number>()
  for (const i of seated) {
    const cluster = request.members[i]?.cluster ?? ''
    if (cluster) clusterSize.set(cluster, (clusterSize.get(cluster) ?? 0) + 1)
  }
  for (const i of seated) if ((clusterSize.get(request.members[i]?.cluster ?? '') ?? 0) > 1) fixed.add(i)
  const max = Math.ceil(present.size / tableCount)
  for (const [cluster, size] of clusterSize)
    if (size > max)
      throw new AppError(
        'invalid-input',
        msg('tables.clusterTooLarge', {
          what: msg('tables.cluster', { value: cluster }),
          size,
          max,
          round: label,
        }),
      )
  // The fullest tables keep the larger size: the fewest members have to move.
  const base = Math.floor(present.size / tableCount)
  const extra = present.size % tableCount
  const order = state.tables
    .map((table, t) => ({ t, size: table.length }))
    .sort((a, b) => b.size - a.size || a.t - b.t)
  const target = new Array<number>(tableCount)
  order.forEach(({ t }, k) => (target[t] = base + (k < extra ? 1 : 0)))
  const room = (t: number) => (target[t] as number) - (state.tables[t] as number[]).length
  const moved: number[] = []
  const newcomers = [...present].filter((i) => !seated.has(i)).sort((a, b) => a - b)
  for (const i of newcomers) {
    const t = cheapest(index, state, i, room, -1)
    if (t < 0)
      throw new AppError('invalid-input', msg('tables.apartImpossible', { id: index.id(i), round: label }))
    state.place(i, t)
  }
  for (;;) {
    const over = state.tables.map((_, t) => t).filter((t) => room(t) < 0)
    if (over.length === 0) break
    let best: { i: number; to: number; cost: number } | null = null
    for (const from of over)
      for (const i of state.tables[from] as number[]) {
        if (fixed.has(i)) continue
        const leave = state.removeCost(i)
        const to = cheapest(index, state, i, room, from)
        if (to < 0) continue
        const cost = leave + state.addCost([i], to)
        if (!best || cost < best.cost || (cost === best.cost && i < best.i)) best = { i, to, cost }
      }
    if (!best) {
      const from = over[0] as number
      throw new AppError(
        'invalid-input',
        msg('tables.pinsOverfull', {
          table: from + 1,
          max: target[from] as number,
          count: (state.tables[from] as number[]).length,
          round: label,
        }),
      )
    }
    state.unplace(best.i)
    state.place(best.i, best.to)
    moved.push(best.i)
  }
  return { tables: index.ids(state.tables), moved: moved.map((i) => index.id(i)) }
}

/** The table with room that takes i at the least cost (ties: the lower number). */
function cheapest(
  index: SeatingIndex,
  state: ReturnType<SeatingIndex['roundState']>,
  i: number,
  room: (t: number) => number,
  except: number,
): number {
  let best = -1
  let bestCost = Infinity
  for (let t = 0; t < state.tableCount; t++) {
    if (t === except || room(t) <= 0 || !index.fits(i, state.tables[t] as number[])) continue
    const cost = state.addCost([i], t)
    if (cost < bestCost) {
      bestCost = cost
      best = t
    }
  }
  return best
}
