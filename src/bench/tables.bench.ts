/**
 * Table plans benchmark (`npm run bench -- tables`): our plan against GroupSelect's legacy
 * algorithm (groupselect-legacy.ts) on the same generated assemblies, both scores side by side
 * with the cheap bounds, CPU and wall seconds; then re-seating one session after 5 no-shows.
 * Targets (reported, never asserted): 150 × 15 × 6 ≤ 2 s, 500 × 50 × 6 ≤ 10 s, re-seat ≤ 0.5 s.
 */
import { performance } from 'node:perf_hooks'
import { planSeating } from '../core/tables/plan-seating.ts'
import { reseatSession } from '../core/tables/reseat.ts'
import { seatingBounds } from '../core/tables/seating-bounds.ts'
import { seatingScores } from '../shared/seating-scores.ts'
import type { SeatingScores } from '../core/tables/seating-types.ts'
import { groupSelectLegacy } from './groupselect-legacy.ts'
import { generatedFields, generatedMembers } from './tables-instances.ts'

function timed<T>(work: () => T): { value: T; wall: number; cpu: number } {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const value = work()
  const used = process.cpuUsage(cpu)
  return { value, wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 }
}

const s = (seconds: number) => `${seconds.toFixed(2)} s`
const row = (name: string, scores: SeatingScores, time: string) =>
  `  ${name.padEnd(22)} balance ${scores.balance.toFixed(1).padStart(8)}   distinct pairs ${String(scores.distinctPairs).padStart(6)}   repeat pairs ${String(scores.repeatPairs).padStart(5)}   ${time}`

const rounds = 6
for (const [size, tableCount, target] of [
  [150, 15, 2],
  [500, 50, 10],
] as const) {
  const members = generatedMembers(size, `bench-${size}`)
  const ids = members.map((m) => m.id)
  const request = {
    members,
    fields: generatedFields,
    tableCount,
    rounds: Array.from({ length: rounds }, () => ({ present: ids })),
    encounterWeight: 1,
    apart: [],
    together: [],
    seed: `bench-${size}`,
  }
  const ours = timed(() => planSeating(request))
  const legacy = timed(() =>
    groupSelectLegacy(members, generatedFields.length, tableCount, rounds, `bench-${size}`),
  )
  const legacyScores = seatingScores(legacy.value, members, generatedFields.length)
  const bound = seatingBounds(
    members,
    generatedFields.length,
    request.rounds.map((r) => r.present),
    tableCount,
  )
  process.stdout.write(
    `${size} members × ${tableCount} tables × ${rounds} sessions (${generatedFields.join(', ')}):\n`,
  )
  process.stdout.write(
    `${row('ours', ours.value.scores, `${s(ours.cpu)} CPU, ${s(ours.wall)} wall (target ≤ ${target} s)`)}\n`,
  )
  process.stdout.write(
    `${row('GroupSelect legacy', legacyScores, `${s(legacy.cpu)} CPU, ${s(legacy.wall)} wall (100 attempts)`)}\n`,
  )
  process.stdout.write(`${row('bound', bound, 'no plan does better')}\n`)
  const better =
    ours.value.scores.balance <= legacyScores.balance &&
    ours.value.scores.distinctPairs >= legacyScores.distinctPairs
  process.stdout.write(`  ours at least as good as the baseline on both scores: ${better ? 'yes' : 'NO'}\n`)

  const tables = ours.value.rounds[rounds - 1] as string[][]
  const absent = new Set(tables.slice(0, 3).flatMap((t, k) => t.slice(0, k === 0 ? 3 : 1)))
  const reseat = timed(() =>
    reseatSession({
      members,
      fields: generatedFields,
      tables,
      present: ids.filter((id) => !absent.has(id)),
      pins: [],
      apart: [],
      history: ours.value.rounds.slice(0, rounds - 1),
      encounterWeight: 1,
    }),
  )
  process.stdout.write(
    `  re-seat session ${rounds} after ${absent.size} no-shows: ${reseat.value.moved.length} moved, ${s(reseat.cpu)} CPU, ${s(reseat.wall)} wall (target ≤ 0.5 s)\n\n`,
  )
}
