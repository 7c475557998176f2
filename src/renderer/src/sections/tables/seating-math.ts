import { roundBalance, seatingScores, type SeatingScores } from '../../../../shared/seating-scores.ts'
import type { SeatableMember, SessionSeating, TablesView } from '../../../../shared/tables.ts'

/** The figures the Tables screen shows, computed here so that a drag shows them before it is saved. */

export type PlanFigures = {
  /** This session's balance (L1 from the mix of those seated, summed over tables and fields). */
  balance: number
  /** Balance per table and field: how many members a table is away from the mix, on average. */
  perTableField: number
  /** Across every planned session. */
  plan: SeatingScores
  /** Different people each member meets across the planned sessions, on average. */
  metPerMember: number
}

type Tables = readonly (readonly string[])[]

export function valuesLookup(members: readonly SeatableMember[]): (id: string) => readonly string[] {
  const values = new Map(members.map((m) => [m.id, m.values]))
  return (id) => values.get(id) ?? []
}

/** The session's figures with `tables` standing for its stored tables (a drag's preview). */
export function planFigures(view: TablesView, sessionId: number, tables: Tables): PlanFigures {
  const fieldCount = view.settings.diversify.length
  const balance = roundBalance(tables, valuesLookup(view.members), fieldCount)
  const rounds = view.sessions
    .filter((s): s is SessionSeating & { tables: string[][] } => s.tables !== null)
    .map((s) => (s.id === sessionId ? tables : s.tables))
  const plan = seatingScores(rounds, view.members, fieldCount)
  const seated = new Set(rounds.flatMap((r) => r.flat()))
  return {
    balance,
    perTableField: tables.length && fieldCount ? balance / (tables.length * fieldCount) : 0,
    plan,
    metPerMember: seated.size ? (2 * plan.distinctPairs) / seated.size : 0,
  }
}

/** The tables with one member moved (table numbers from 0). */
export function withMove(tables: Tables, member: string, to: number): string[][] {
  return tables.map((table, t) =>
    t === to ? [...table.filter((id) => id !== member), member] : table.filter((id) => id !== member),
  )
}

export type ValueMix = { value: string; count: number; expected: number }

/**
 * One table's mix on one field against the session's: every value any seated member holds, with
 * the table's count and what a perfect mirror would hold (the table's size × the value's share).
 */
export function tableMix(
  tables: Tables,
  table: number,
  field: number,
  valuesOf: (id: string) => readonly string[],
) {
  const overall = new Map<string, number>()
  let seated = 0
  for (const t of tables)
    for (const id of t) {
      const v = valuesOf(id)[field] ?? ''
      overall.set(v, (overall.get(v) ?? 0) + 1)
      seated++
    }
  const here = tables[table] ?? []
  const counts = new Map<string, number>()
  for (const id of here) {
    const v = valuesOf(id)[field] ?? ''
    counts.set(v, (counts.get(v) ?? 0) + 1)
  }
  return [...overall]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([value, n]): ValueMix => ({
      value,
      count: counts.get(value) ?? 0,
      expected: seated ? (here.length * n) / seated : 0,
    }))
}

/** The session's mix on one field: each value's share of those seated. */
export function sessionShares(tables: Tables, field: number, valuesOf: (id: string) => readonly string[]) {
  const counts = new Map<string, number>()
  let seated = 0
  for (const t of tables)
    for (const id of t) {
      const v = valuesOf(id)[field] ?? ''
      counts.set(v, (counts.get(v) ?? 0) + 1)
      seated++
    }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([value, n]) => ({ value, share: seated ? n / seated : 0 }))
}
