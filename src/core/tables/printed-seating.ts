import type Database from 'better-sqlite3'
import { seatHolding } from '../../shared/people.ts'
import { badgeName } from '../people/member-views.ts'
import { readMembers } from '../people/people-repo.ts'
import { readSessions } from '../sessions/sessions-repo.ts'
import { storedTables } from './project-tables.ts'

/** A member as the printed table plans show them. */
export type PrintedMember = {
  id: string
  /** The preferred name, or the first and last names. */
  badgeName: string
  /** The name a table card shows: the preferred name, or the first name. */
  firstName: string
  /** The language followed through interpretation; empty when the member follows the assembly's. */
  interpretation: string
  /** The table (from 1) in each planned session, in the order of `sessions`; null when not seated. */
  tables: (number | null)[]
}

export type PrintedSeating = {
  sessions: { id: number; title: string; date: string; tables: PrintedMember[][] }[]
  /** Every member holding a seat, by badge name. */
  members: PrintedMember[]
}

/**
 * The planned sessions' tables with what badges, table cards and table lists print. A member's
 * language marks interpretation when it is not the most common one among the members (as a
 * cluster gathers them): the assembly's own language needs no marker.
 */
export function printedSeating(sqlite: Database.Database): PrintedSeating {
  const stored = storedTables(sqlite)
  const sessions = readSessions(sqlite).filter((s) => stored.has(s.id))
  const people = readMembers(sqlite).filter((m) => m.role === 'selected' && seatHolding.includes(m.status))
  const languages = new Map<string, number>()
  for (const m of people) {
    const language = m.record?.language.trim() ?? ''
    if (language) languages.set(language, (languages.get(language) ?? 0) + 1)
  }
  const common = [...languages].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]
  const mostCommon = common && common[1] * 2 > people.length ? common[0] : ''
  const byId = new Map<string, PrintedMember>()
  for (const m of people) {
    const language = m.record?.language.trim() ?? ''
    byId.set(m.externalId, {
      id: m.externalId,
      badgeName: badgeName(m),
      firstName: m.record?.preferred_name.trim() || m.firstName || m.externalId,
      interpretation: language && language !== mostCommon ? language : '',
      tables: sessions.map((s) => {
        const t = (stored.get(s.id) ?? []).findIndex((table) => table.includes(m.externalId))
        return t < 0 ? null : t + 1
      }),
    })
  }
  const compare = (a: PrintedMember, b: PrintedMember) =>
    a.badgeName.localeCompare(b.badgeName) || (a.id < b.id ? -1 : 1)
  return {
    sessions: sessions.map((s) => ({
      id: s.id,
      title: s.title,
      date: s.date,
      tables: (stored.get(s.id) ?? []).map((ids) => ids.flatMap((id) => byId.get(id) ?? []).sort(compare)),
    })),
    members: [...byId.values()].sort(compare),
  }
}
