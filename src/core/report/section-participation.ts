import type Database from 'better-sqlite3'
import { listDraws, type StoredDraw } from '../draw/draw-repo.ts'
import { thereStates } from '../people/attendance-rules.ts'
import { readAllAttendance, readMembers } from '../people/people-repo.ts'
import { poolSummary } from '../pool/pool-view.ts'
import { readSessions } from '../sessions/sessions-repo.ts'
import type { FunnelStep, ParticipationPart, RepresentativenessValue } from './report-model.ts'

/** The completed draws, oldest first; the first is the one that drew the panel. */
export function completedDraws(sqlite: Database.Database): StoredDraw[] {
  return listDraws(sqlite).filter((d) => d.status === 'completed')
}

/**
 * Who took part: the funnel from the pool to the last session, and per category value the
 * population target, the pool, the panel as drawn and the members at the final session.
 * Null before the first draw is complete.
 */
export function participationSection(sqlite: Database.Database): ParticipationPart | null {
  const draws = completedDraws(sqlite)
  const first = draws.find((d) => d.kind === 'initial')
  if (!first) return null
  const features = new Map(first.input.pool.map((p) => [p.id, p.features]))
  const members = readMembers(sqlite).filter((m) => m.role === 'selected')
  const marks = readAllAttendance(sqlite)
  const attended = new Map<number, Set<string>>()
  for (const member of members)
    for (const mark of marks.get(member.respondentId) ?? [])
      if (thereStates.includes(mark.state)) {
        const set = attended.get(mark.sessionId) ?? new Set<string>()
        set.add(member.externalId)
        attended.set(mark.sessionId, set)
      }
  const marked = new Set([...marks.values()].flatMap((list) => list.map((m) => m.sessionId)))
  const sessions = readSessions(sqlite).filter((s) => marked.has(s.id))
  const firstSession = sessions[0]
  const lastSession = sessions.at(-1)
  const finalIds = lastSession ? (attended.get(lastSession.id) ?? new Set<string>()) : null

  const pool = poolSummary(sqlite)
  const poolSize = pool[0]?.total ?? first.input.pool.length
  const countIn = (ids: Iterable<string>, category: string, value: string) => {
    let n = 0
    for (const id of ids) if (features.get(id)?.[category] === value) n++
    return n
  }
  const categories = pool.map((category) => ({
    name: category.name,
    values: category.values.map((v): RepresentativenessValue => ({
      value: v.value,
      target: v.targetShare,
      pool: v.count,
      panel: countIn(first.selected, category.name, v.value),
      final: finalIds ? countIn(finalIds, category.name, v.value) : null,
    })),
  }))

  const funnel: FunnelStep[] = [
    { key: 'pool', count: poolSize },
    { key: 'selected', count: members.length },
    {
      key: 'confirmed',
      count: members.filter((m) => m.status === 'confirmed' || m.status === 'attended').length,
    },
  ]
  if (firstSession) funnel.push({ key: 'firstSession', count: attended.get(firstSession.id)?.size ?? 0 })
  if (lastSession && lastSession !== firstSession)
    funnel.push({ key: 'lastSession', count: finalIds?.size ?? 0 })

  return {
    funnel,
    totals: { pool: poolSize, panel: first.selected.length, final: finalIds ? finalIds.size : null },
    finalSession: lastSession ? { title: lastSession.title, date: lastSession.date } : null,
    categories,
    replacements: draws
      .filter((d) => d.kind === 'replacement')
      .map((d, i) => ({
        round: i + 1,
        seats: d.selected.length,
        date: (d.seededAt ?? d.committedAt).slice(0, 10),
        seed: d.seed,
      })),
    householdRule: true,
  }
}
