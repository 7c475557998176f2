import type Database from 'better-sqlite3'
import type { TablesView } from '../../shared/tables.ts'
import { readAllAttendance } from '../people/people-repo.ts'
import { readSessions } from '../sessions/sessions-repo.ts'
import { readPlans, readRules } from './tables-repo.ts'
import { rules, seatable, seatingFields, storedTables, tableSettings } from './project-tables.ts'

/**
 * What the Tables screen shows: the settings, every field with the values members hold, the members
 * who hold a seat, every session with its stored tables, absences and pins, and the rules. The
 * screen computes the scores and each table's mix itself (shared/seating-scores.ts), so a drag
 * can show them before anything is saved.
 */
export function tablesScreen(sqlite: Database.Database): TablesView {
  const settings = tableSettings(sqlite)
  const fields = seatingFields(sqlite)
  const everyField = seatable(sqlite, { ...settings, diversify: fields, cluster: [] })
  const people = seatable(sqlite, settings)
  const stored = storedTables(sqlite)
  const plans = new Map(readPlans(sqlite).map((p) => [p.session_id, p]))
  const attendance = readAllAttendance(sqlite)
  const { pinsFor } = rules(sqlite)
  return {
    settings,
    fields: fields.map((name, f) => ({
      name,
      values: [...new Set(everyField.map((p) => p.member.values[f] ?? '').filter((v) => v))].sort(),
    })),
    members: people.map((p) => ({
      id: p.member.id,
      name: p.name,
      values: [...p.member.values],
      cluster: p.member.cluster,
    })),
    sessions: readSessions(sqlite).map((s) => ({
      id: s.id,
      title: s.title,
      date: s.date,
      tables: stored.get(s.id) ?? null,
      absent: people
        .filter((p) =>
          (attendance.get(p.respondentId) ?? []).some((m) => m.sessionId === s.id && m.state === 'absent'),
        )
        .map((p) => p.member.id),
      pins: pinsFor(s.id).map((p) => ({ member: p.member, table: p.table + 1 })),
      changedAt: plans.get(s.id)?.changed_at ?? plans.get(s.id)?.planned_at ?? null,
    })),
    rules: readRules(sqlite),
  }
}
