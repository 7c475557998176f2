import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import { SeededRandom } from '../random/seeded-random.ts'
import type { RoundState } from './round-state.ts'
import { SeatingIndex } from './seating-index.ts'
import { seatingScores } from '../../shared/seating-scores.ts'
import type { SeatingControl, SeatingRequest, SeatingScores } from './seating-types.ts'
import { roundUnits, type RoundUnits } from './seating-units.ts'

export const DEFAULT_EFFORT = 400

export type SeatingPlan = { rounds: string[][][]; scores: SeatingScores }

function checkCancel(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('cancelled', msg('tables.cancelled'))
}

/**
 * Seats every round in turn (as "Now We're Talking" optimises session by session): a greedy
 * construction puts clusters and pinned members first, then everyone else where they add the least
 * cost, then improving swaps between unpinned members lower the combined cost: balance (L1 from the
 * assembly's mix) plus `encounterWeight` × past meetings at the same table. Randomness comes from
 * the project's seeded generator only; every comparison is between integers or the same float sums,
 * so the same request gives the same plan on any machine.
 */
export function planSeating(request: SeatingRequest, control: SeatingControl = {}): SeatingPlan {
  const index = new SeatingIndex(request)
  const random = new SeededRandom(`tables:${request.seed}`)
  const rounds: string[][][] = []
  const total = request.rounds.length
  for (let r = 0; r < total; r++) {
    checkCancel(control.signal)
    control.onProgress?.(r, total)
    const round = request.rounds[r] as SeatingRequest['rounds'][number]
    const present = [...new Set(round.present.map((id) => index.index(id)))].sort((a, b) => a - b)
    const units = roundUnits(
      index,
      r,
      present,
      request.tableCount,
      (i) => request.members[i]?.cluster ?? '',
      request.together,
      round.pins ?? [],
    )
    const state = index.roundState(request.tableCount, present, request.encounterWeight)
    seatRound(index, state, units, random, r)
    improve(index, state, units, random, (request.effort ?? DEFAULT_EFFORT) * present.length, control.signal)
    index.recordMeetings(state.tables)
    rounds.push(index.ids(state.tables))
  }
  control.onProgress?.(total, total)
  return { rounds, scores: seatingScores(rounds, request.members, request.fields.length) }
}

/**
 * Builds the round, trying again (up to 20 times) when keep-apart pairs or clusters leave someone
 * without a table: later tries place the clusters and the members kept apart on random tables.
 */
function seatRound(
  index: SeatingIndex,
  state: RoundState,
  units: RoundUnits,
  random: SeededRandom,
  round: number,
): void {
  for (let attempt = 0; ; attempt++) {
    try {
      construct(index, state, units, random, round, attempt > 0)
      return
    } catch (error) {
      const key = error instanceof AppError ? error.key : undefined
      if (attempt >= 19 || (key !== 'tables.apartImpossible' && key !== 'tables.cannotPack')) throw error
      for (const table of state.tables) for (const i of [...table]) state.unplace(i)
    }
  }
}

/** The table with room for `group` that adds the least cost (or any, at random), scanning from a random table. */
function bestTable(
  index: SeatingIndex,
  state: RoundState,
  group: readonly number[],
  room: readonly number[],
  random: SeededRandom,
  anyTable = false,
): number {
  const count = state.tableCount
  const start = random.int(count)
  let best = -1
  let bestCost = Infinity
  for (let k = 0; k < count; k++) {
    const t = (start + k) % count
    if ((room[t] as number) < group.length) continue
    const table = state.tables[t] as number[]
    if (!group.every((i) => index.fits(i, table))) continue
    if (anyTable) return t
    const cost = state.addCost(group, t)
    if (cost < bestCost) {
      bestCost = cost
      best = t
    }
  }
  return best
}

function construct(
  index: SeatingIndex,
  state: RoundState,
  { units, capacities }: RoundUnits,
  random: SeededRandom,
  round: number,
  scatter: boolean,
): void {
  const room = [...capacities]
  const label = index.roundLabel(round)
  const seat = (members: readonly number[], t: number) => {
    for (const i of members) state.place(i, t)
    room[t] = (room[t] as number) - members.length
  }
  for (const unit of units) {
    if (unit.pin === null) continue
    if ((room[unit.pin] as number) < unit.members.length)
      throw new AppError(
        'invalid-input',
        msg('tables.pinsOverfull', {
          table: unit.pin + 1,
          max: capacities[unit.pin] as number,
          count: (capacities[unit.pin] as number) - (room[unit.pin] as number) + unit.members.length,
          round: label,
        }),
      )
    seat(unit.members, unit.pin)
  }
  const free = random.shuffle(units.filter((u) => u.pin === null))
  const groups = free.filter((u) => u.members.length > 1).sort((a, b) => b.members.length - a.members.length)
  for (const unit of groups) {
    const t = bestTable(index, state, unit.members, room, random, scatter)
    if (t < 0)
      throw new AppError(
        'invalid-input',
        msg('tables.cannotPack', {
          tables: state.tableCount,
          min: capacities[capacities.length - 1] as number,
          max: capacities[0] as number,
          round: label,
        }),
      )
    seat(unit.members, t)
  }
  // Members kept apart from someone choose first, while every table still has room.
  const singles = free.filter((u) => u.members.length === 1)
  const constrained = singles.filter((u) => (index.apart[u.members[0] as number] as number[]).length > 0)
  const others = singles.filter((u) => (index.apart[u.members[0] as number] as number[]).length === 0)
  for (const unit of [...constrained, ...others]) {
    const t = bestTable(index, state, unit.members, room, random, scatter && constrained.includes(unit))
    if (t < 0)
      throw new AppError(
        'invalid-input',
        msg('tables.apartImpossible', { id: index.id(unit.members[0] as number), round: label }),
      )
    seat(unit.members, t)
  }
}

/**
 * Threshold accepting over swaps of two unpinned, unclustered members at different tables: a swap
 * is kept when it raises the cost by less than a threshold that falls to zero over the first 80%
 * of the iterations; the rest only improves.
 */
function improve(
  index: SeatingIndex,
  state: RoundState,
  { units }: RoundUnits,
  random: SeededRandom,
  iterations: number,
  signal: AbortSignal | undefined,
): void {
  const movable = units
    .filter((u) => u.pin === null && u.members.length === 1)
    .map((u) => u.members[0] as number)
  if (movable.length < 2 || state.tableCount < 2) return
  const seated = state.tableOf.reduce((n, t) => n + (t >= 0 ? 1 : 0), 0)
  const start = 2 * seated
  const cooling = Math.floor(iterations * 0.8)
  for (let it = 0; it < iterations; it++) {
    if ((it & 0x3fff) === 0) checkCancel(signal)
    const a = movable[random.int(movable.length)] as number
    const b = movable[random.int(movable.length)] as number
    const ta = state.tableOf[a] as number
    const tb = state.tableOf[b] as number
    if (ta === tb) continue
    if (!index.fits(a, state.tables[tb] as number[], b) || !index.fits(b, state.tables[ta] as number[], a))
      continue
    const threshold = it < cooling ? (start * (cooling - it)) / cooling : 0
    const delta = state.swapCost(a, b)
    if (delta < threshold || (threshold === 0 && delta <= 0)) state.swap(a, b)
  }
}
