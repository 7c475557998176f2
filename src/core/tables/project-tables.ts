import { createHash, randomBytes } from 'node:crypto'
import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import { seatHolding } from '../../shared/people.ts'
import { appendAudit, canonicalJson } from '../audit/audit-log.ts'
import { badgeName } from '../people/member-views.ts'
import { readAllAttendance, readMembers } from '../people/people-repo.ts'
import { categoryRows, namedValues, personId } from '../pool/pool-repo.ts'
import type { Project } from '../project/project.ts'
import { readSessions, type StoredSession } from '../sessions/sessions-repo.ts'
import { clusterValues } from './cluster-values.ts'
import { planSeating } from './plan-seating.ts'
import { reseatSession } from './reseat.ts'
import { seatingScores } from '../../shared/seating-scores.ts'
import type {
  SeatingControl,
  SeatingMember,
  SeatingPair,
  SeatingRequest,
  SeatingScores,
} from './seating-types.ts'
import {
  deleteRule,
  insertRule,
  memberNotes,
  readPlans,
  readRules,
  readSeats,
  readSettingsRow,
  writePlan,
  writeSettingsRow,
} from './tables-repo.ts'

/** The organiser's choices for every table plan of the assembly. */
export type TableSettings = {
  diversify: string[]
  cluster: string[]
  /** The cluster values that gather; empty: every value but the most common one. */
  clusterValues: string[]
  tableSize: number
  encounterWeight: number
  seed: string
}

/** The member's language from People, as a field to cluster on (interpretation). */
const LANGUAGE_FIELD = 'language'
const DEFAULT_TABLE_SIZE = 8

/** The fields a plan can diversify or cluster on: the categories, the imported fields, the language. */
export function seatingFields(sqlite: Database.Database): string[] {
  const names = categoryRows(sqlite).map((c) => c.name)
  for (const row of memberNotes(sqlite))
    for (const key of Object.keys(JSON.parse(row.notes) as Record<string, unknown>))
      if (!names.includes(key)) names.push(key)
  if (!names.includes(LANGUAGE_FIELD)) names.push(LANGUAGE_FIELD)
  return names
}

export function tableSettings(sqlite: Database.Database): TableSettings {
  const row = readSettingsRow(sqlite)
  if (row)
    return {
      diversify: JSON.parse(row.diversify) as string[],
      cluster: JSON.parse(row.cluster) as string[],
      clusterValues: JSON.parse(row.cluster_values) as string[],
      tableSize: row.table_size,
      encounterWeight: row.encounter_weight,
      seed: row.seed,
    }
  return {
    diversify: categoryRows(sqlite).map((c) => c.name),
    cluster: [],
    clusterValues: [],
    tableSize: DEFAULT_TABLE_SIZE,
    encounterWeight: 1,
    seed: '',
  }
}

function checkSettings(sqlite: Database.Database, settings: TableSettings): void {
  const fields = seatingFields(sqlite)
  if (settings.diversify.length === 0) throw new AppError('invalid-input', msg('tables.noDiversify'))
  for (const field of [...settings.diversify, ...settings.cluster])
    if (!fields.includes(field)) throw new AppError('invalid-input', msg('tables.unknownField', { field }))
  if (!Number.isInteger(settings.tableSize) || settings.tableSize < 2)
    throw new AppError('invalid-input', msg('tables.noTables'))
}

export async function saveTableSettings(project: Project, settings: TableSettings): Promise<void> {
  checkSettings(project.sqlite, settings)
  const at = project.timestamp()
  await project.write(() =>
    writeSettingsRow(project.sqlite, {
      diversify: JSON.stringify(settings.diversify),
      cluster: JSON.stringify(settings.cluster),
      cluster_values: JSON.stringify(settings.clusterValues),
      table_size: settings.tableSize,
      encounter_weight: settings.encounterWeight,
      seed: settings.seed,
      updated_at: at,
    }),
  )
}

export type Seatable = { member: SeatingMember; name: string; respondentId: number }

/** The panel's members who hold a seat, with their values for the settings' fields. */
export function seatable(sqlite: Database.Database, settings: TableSettings): Seatable[] {
  const members = readMembers(sqlite).filter((m) => m.role === 'selected' && seatHolding.includes(m.status))
  const values = new Map<number, Map<string, string>>()
  const put = (id: number, field: string, value: string) => {
    const map = values.get(id) ?? new Map<string, string>()
    if (!map.has(field)) map.set(field, value)
    values.set(id, map)
  }
  for (const row of namedValues(sqlite)) put(row.respondent_id, row.category, row.value)
  const notes = new Map(
    memberNotes(sqlite).map((r) => [
      r.external_id,
      JSON.parse(r.notes) as Record<string, string | number | boolean>,
    ]),
  )
  const valueOf = (m: (typeof members)[number], field: string): string => {
    const known = values.get(m.respondentId)?.get(field)
    if (known !== undefined) return known
    const note = notes.get(m.externalId)?.[field]
    if (note !== undefined) return String(note)
    return field === LANGUAGE_FIELD ? (m.record?.language ?? '') : ''
  }
  const clusterRaw = members.map((m) => settings.cluster.map((f) => valueOf(m, f)))
  const clusters = clusterValues(clusterRaw, settings.clusterValues)
  return members.map((m, k) => ({
    member: {
      id: m.externalId,
      values: settings.diversify.map((f) => valueOf(m, f)),
      cluster: clusters[k] ?? '',
    },
    name: badgeName(m),
    respondentId: m.respondentId,
  }))
}

/** Who is to be seated in a session: members holding a seat who are not marked absent for it. */
export function presentIn(
  sqlite: Database.Database,
  people: readonly Seatable[],
  sessionId: number,
): string[] {
  const attendance = readAllAttendance(sqlite)
  return people
    .filter(
      (p) =>
        !(attendance.get(p.respondentId) ?? []).some(
          (m) => m.sessionId === sessionId && m.state === 'absent',
        ),
    )
    .map((p) => p.member.id)
}

export function rules(sqlite: Database.Database) {
  const all = readRules(sqlite)
  const pairs = (kind: 'apart' | 'together'): SeatingPair[] =>
    all.filter((r) => r.kind === kind && r.other).map((r) => [r.member, r.other as string] as const)
  const pinsFor = (sessionId: number) =>
    all
      .filter(
        (r) => r.kind === 'pin' && r.table !== null && (r.sessionId === null || r.sessionId === sessionId),
      )
      .map((r) => ({ member: r.member, table: (r.table as number) - 1 }))
  return { apart: pairs('apart'), together: pairs('together'), pinsFor }
}

export type TableRule =
  | { kind: 'pin'; member: string; table: number; sessionId: number | null }
  | { kind: 'apart' | 'together'; member: string; other: string }

/** Adds a pin (a member fixed to a table, in one session or all) or a pair kept apart or together. */
export async function addTableRule(project: Project, rule: TableRule): Promise<void> {
  const { sqlite } = project
  const people = new Set(readMembers(sqlite).map((m) => m.externalId))
  for (const id of rule.kind === 'pin' ? [rule.member] : [rule.member, rule.other])
    if (!people.has(id)) throw new AppError('invalid-input', msg('tables.unknownMember', { id }))
  if (rule.kind === 'pin') {
    if (!Number.isInteger(rule.table) || rule.table < 1)
      throw new AppError('invalid-input', msg('tables.noTables'))
    if (rule.sessionId !== null) knownSessions(sqlite, [rule.sessionId])
  } else if (rule.member === rule.other)
    throw new AppError('invalid-input', msg('tables.unknownMember', { id: rule.other }))
  const at = project.timestamp()
  await project.write(() => {
    insertRule(sqlite, {
      kind: rule.kind,
      respondentId: personId(sqlite, rule.member),
      otherId: rule.kind === 'pin' ? null : personId(sqlite, rule.other),
      sessionId: rule.kind === 'pin' ? rule.sessionId : null,
      table: rule.kind === 'pin' ? rule.table : null,
    })
    // Who is kept apart, and why, is sensitive: the log records that a rule was added, not whom it names.
    appendAudit(sqlite, { kind: 'tables.rule', at, payload: { kind: rule.kind } })
  })
}

/** Removes a pin or a pair; the audit log records that a rule of that kind was removed. */
export async function removeTableRule(project: Project, id: number): Promise<void> {
  const at = project.timestamp()
  await project.write(() => {
    const kind = deleteRule(project.sqlite, id)
    if (!kind) throw new AppError('invalid-input', msg('tables.noRule', { id }))
    appendAudit(project.sqlite, { kind: 'tables.ruleRemoved', at, payload: { kind } })
  })
}

/** Stored tables of every planned session, as ids per table (table numbers from 1). */
export function storedTables(sqlite: Database.Database): Map<number, string[][]> {
  const counts = new Map(readPlans(sqlite).map((p) => [p.session_id, p.table_count]))
  const out = new Map<number, string[][]>()
  for (const [session, count] of counts)
    out.set(
      session,
      Array.from({ length: count }, () => []),
    )
  for (const seat of readSeats(sqlite)) out.get(seat.session_id)?.[seat.table_no - 1]?.push(seat.external_id)
  return out
}

function fingerprint(sessionId: number, tables: readonly (readonly string[])[]): string {
  return createHash('sha256')
    .update(canonicalJson({ session: sessionId, tables }), 'utf8')
    .digest('hex')
}

function knownSessions(sqlite: Database.Database, ids: readonly number[] | 'all'): StoredSession[] {
  const sessions = readSessions(sqlite)
  if (ids === 'all') return sessions
  return ids.map((id) => {
    const session = sessions.find((s) => s.id === id)
    if (!session) throw new AppError('invalid-input', msg('tables.noSession', { session: id }))
    return session
  })
}

export type PlannedTables = {
  sessions: { id: number; title: string; tables: string[][] }[]
  scores: SeatingScores
  seed: string
}

export type PlanOptions = {
  sessions: readonly number[] | 'all'
  seed?: string
  /** Planning ahead: seat everyone holding a seat, whatever attendance is recorded (re-seat on the day). */
  ahead?: boolean
}

/** What planning needs, read in one go (the search itself can then run in a worker). */
export function tablePlanRequest(
  sqlite: Database.Database,
  options: PlanOptions,
): { request: SeatingRequest; sessions: StoredSession[] } {
  const settings = tableSettings(sqlite)
  checkSettings(sqlite, settings)
  const sessions = knownSessions(sqlite, options.sessions)
  const people = seatable(sqlite, settings)
  const { apart, together, pinsFor } = rules(sqlite)
  const planned = new Set(sessions.map((s) => s.id))
  const history = [...storedTables(sqlite)].filter(([id]) => !planned.has(id)).map(([, tables]) => tables)
  const seed = options.seed ?? (settings.seed || randomBytes(8).toString('hex'))
  const rounds = sessions.map((s) => ({
    present: options.ahead ? people.map((p) => p.member.id) : presentIn(sqlite, people, s.id),
    pins: pinsFor(s.id),
  }))
  const largest = Math.max(1, ...rounds.map((r) => r.present.length))
  return {
    sessions,
    request: {
      members: people.map((p) => p.member),
      fields: settings.diversify,
      tableCount: Math.max(1, Math.ceil(largest / settings.tableSize)),
      rounds,
      encounterWeight: settings.encounterWeight,
      apart,
      together,
      history,
      seed,
      roundNames: sessions.map((s) => s.title),
    },
  }
}

/** Stores a computed plan for its sessions, with one audit entry naming the seed and fingerprints. */
export async function savePlannedTables(
  project: Project,
  sessions: readonly StoredSession[],
  request: SeatingRequest,
  rounds: readonly string[][][],
  scores: SeatingScores,
): Promise<void> {
  const { sqlite } = project
  const at = project.timestamp()
  await project.write(() => {
    const printed: Record<string, string> = {}
    sessions.forEach((session, r) => {
      const tables = rounds[r] as string[][]
      const print = fingerprint(session.id, tables)
      printed[String(session.id)] = print
      writePlan(
        sqlite,
        {
          session_id: session.id,
          table_count: tables.length,
          seed: request.seed,
          fingerprint: print,
          planned_at: at,
          changed_at: null,
        },
        tables.flatMap((table, t) =>
          table.map((id) => ({ respondentId: personId(sqlite, id), table: t + 1 })),
        ),
      )
    })
    appendAudit(sqlite, {
      kind: 'tables.planned',
      at,
      payload: { seed: request.seed, sessions: printed, fields: [...request.fields], scores },
    })
  })
}

/** Plans the sessions' tables in this process (the command line) and stores them. */
export async function planTables(
  project: Project,
  options: PlanOptions,
  control: SeatingControl = {},
): Promise<PlannedTables> {
  const { request, sessions } = tablePlanRequest(project.sqlite, options)
  const plan = planSeating(request, control)
  await savePlannedTables(project, sessions, request, plan.rounds, plan.scores)
  return {
    sessions: sessions.map((s, r) => ({ id: s.id, title: s.title, tables: plan.rounds[r] as string[][] })),
    scores: plan.scores,
    seed: request.seed,
  }
}

/**
 * "Re-seat the absent": rebuilds a planned session for those present now, moving the fewest
 * present members (see reseat.ts). Recorded in the audit log with the moves and the new fingerprint.
 */
export async function reseatAbsent(
  project: Project,
  sessionId: number,
): Promise<{ moved: string[]; tables: string[][] }> {
  const { sqlite } = project
  const settings = tableSettings(sqlite)
  const [session] = knownSessions(sqlite, [sessionId])
  const all = storedTables(sqlite)
  const tables = all.get(sessionId)
  if (!tables || !session) throw new AppError('invalid-input', msg('tables.noPlan', { session: sessionId }))
  const people = seatable(sqlite, settings)
  const { apart, pinsFor } = rules(sqlite)
  const result = reseatSession({
    members: people.map((p) => p.member),
    fields: settings.diversify,
    tables,
    present: presentIn(sqlite, people, sessionId),
    pins: pinsFor(sessionId),
    apart,
    history: [...all].filter(([id]) => id !== sessionId).map(([, t]) => t),
    encounterWeight: settings.encounterWeight,
    roundName: session.title,
  })
  await storeChange(project, sessionId, result.tables, { kind: 'tables.reseated', moved: result.moved })
  return result
}

/** A member moved to another table by hand (drag and drop), recorded like a re-seat. */
export async function moveMember(
  project: Project,
  sessionId: number,
  member: string,
  table: number,
): Promise<void> {
  const tables = storedTables(project.sqlite).get(sessionId)
  if (!tables) throw new AppError('invalid-input', msg('tables.noPlan', { session: sessionId }))
  const from = tables.findIndex((t) => t.includes(member))
  if (from < 0) throw new AppError('invalid-input', msg('tables.notSeated', { id: member }))
  if (!Number.isInteger(table) || table < 1 || table > tables.length)
    throw new AppError(
      'invalid-input',
      msg('tables.pinOutside', { id: member, table, tables: tables.length }),
    )
  if (from === table - 1) throw new AppError('invalid-input', msg('tables.sameTable', { id: member, table }))
  const { apart, pinsFor } = rules(project.sqlite)
  const pin = pinsFor(sessionId).find((p) => p.member === member)
  if (pin && pin.table !== table - 1)
    throw new AppError('invalid-input', msg('tables.movePinned', { id: member, table: pin.table + 1 }))
  const target = tables[table - 1] as string[]
  for (const [a, b] of apart) {
    const other = a === member ? b : b === member ? a : null
    if (other !== null && target.includes(other))
      throw new AppError('invalid-input', msg('tables.moveApart', { id: member, other, table }))
  }
  const next = tables.map((t, k) =>
    k === from ? t.filter((id) => id !== member) : k === table - 1 ? [...t, member] : t,
  )
  await storeChange(project, sessionId, next, { kind: 'tables.moved', moved: [member] })
}

async function storeChange(
  project: Project,
  sessionId: number,
  tables: readonly string[][],
  change: { kind: 'tables.reseated' | 'tables.moved'; moved: string[] },
): Promise<void> {
  const { sqlite } = project
  const at = project.timestamp()
  const plan = readPlans(sqlite).find((p) => p.session_id === sessionId)
  if (!plan) throw new AppError('invalid-input', msg('tables.noPlan', { session: sessionId }))
  const print = fingerprint(sessionId, tables)
  await project.write(() => {
    writePlan(
      sqlite,
      { ...plan, fingerprint: print, changed_at: at },
      tables.flatMap((table, t) => table.map((id) => ({ respondentId: personId(sqlite, id), table: t + 1 }))),
    )
    appendAudit(sqlite, {
      kind: change.kind,
      at,
      payload: { session: sessionId, moved: change.moved, fingerprint: print },
    })
  })
}

export type SessionTables = {
  session: { id: number; title: string; date: string }
  tables: { number: number; members: { id: string; name: string; values: string[]; cluster: string }[] }[]
  scores: SeatingScores
  seed: string
  fingerprint: string
}

/** Every planned session's tables with the members' names and values, and the plan's scores. */
export function tablesView(sqlite: Database.Database): {
  settings: TableSettings
  fields: string[]
  sessions: SessionTables[]
  scores: SeatingScores
} {
  const settings = tableSettings(sqlite)
  const people = seatable(sqlite, settings)
  const byId = new Map(people.map((p) => [p.member.id, p]))
  const stored = storedTables(sqlite)
  const plans = new Map(readPlans(sqlite).map((p) => [p.session_id, p]))
  const members = people.map((p) => p.member)
  const sessions: SessionTables[] = readSessions(sqlite)
    .filter((s) => stored.has(s.id))
    .map((s) => {
      const tables = stored.get(s.id) as string[][]
      const plan = plans.get(s.id)
      return {
        session: { id: s.id, title: s.title, date: s.date },
        tables: tables.map((ids, t) => ({
          number: t + 1,
          members: ids.map((id) => {
            const p = byId.get(id)
            return {
              id,
              name: p?.name ?? id,
              values: [...(p?.member.values ?? [])],
              cluster: p?.member.cluster ?? '',
            }
          }),
        })),
        scores: seatingScores([tables], members, settings.diversify.length),
        seed: plan?.seed ?? '',
        fingerprint: plan?.fingerprint ?? '',
      }
    })
  return {
    settings,
    fields: seatingFields(sqlite),
    sessions,
    scores: seatingScores(
      sessions.map((s) => s.tables.map((t) => t.members.map((m) => m.id))),
      members,
      settings.diversify.length,
    ),
  }
}
