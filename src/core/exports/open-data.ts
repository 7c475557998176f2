import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import { seatHolding, type MemberStatus } from '../../shared/people.ts'
import { listDraws } from '../draw/draw-repo.ts'
import { readAllAttendance, readMembers } from '../people/people-repo.ts'
import { poolColumns } from '../pool/pool-view.ts'
import { getProfile } from '../profile/profile-repo.ts'
import { readMeta } from '../project/meta-repo.ts'
import { quotaTable } from '../quotas/quota-repo.ts'
import { readSessions } from '../sessions/sessions-repo.ts'
import { votesOverview } from '../votes/votes-view.ts'
import { writeCsv } from '../pool/table/write-csv.ts'
import { resultFigures } from './sheets/votes-sheets.ts'
import { writeThroughPartial } from './write-through-partial.ts'

export type OpenDataCell = string | number | null

/** One table that leaves: written as `<name>.csv` and `<name>.json` (an array of objects). */
export type OpenDataTable = { name: string; columns: string[]; rows: OpenDataCell[][] }

/**
 * The open-data export: the case summary in the fields Participedia and the OECD database use,
 * the panel's composition beside the pool and the quotas (counts only), attendance per session,
 * the recommendations, the ballots and every figure of their results, and the members under
 * pseudonymous ids (M001…, from a hash of the project's id and theirs) with their status and
 * attendance: never a name, contact, address, id from the pool or answer about a person.
 * This is exactly what leaves; the screen previews it as it is.
 */
export function openDataTables(sqlite: Database.Database): OpenDataTable[] {
  return [caseSummary(sqlite), composition(sqlite), members(sqlite), attendance(sqlite), ...votes(sqlite)]
}

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1

function caseSummary(sqlite: Database.Database): OpenDataTable {
  const profile = getProfile(sqlite)
  const sessions = readSessions(sqlite)
  const dates = sessions.map((s) => s.date).sort()
  const start = profile.startDate ?? dates[0] ?? null
  const end = profile.endDate ?? dates.at(-1) ?? null
  const draws = listDraws(sqlite).filter((d) => d.status === 'completed')
  const first = draws.find((d) => d.kind === 'initial')
  const held = readMembers(sqlite).filter((m) => m.role === 'selected' && seatHolding.includes(m.status))
  const { recommendations, ballots } = votesOverview(sqlite)
  const categories = quotaTable(sqlite).categories.map((c) => c.name)
  const fields: [string, OpenDataCell][] = [
    ['title', profile.name],
    ['question', profile.question],
    ['remit', profile.remit],
    ['commissioning_body', profile.commissioningBody],
    ['organisation', profile.organisation],
    ['process_type', profile.processType],
    ['languages', profile.languages.join('; ')],
    ['start_date', start],
    ['end_date', end],
    ['duration_days', start && end ? days(start, end) : null],
    ['sessions', sessions.length],
    ['meeting_days', new Set(dates).size],
    ['meeting_hours', sessions.reduce((sum, s) => sum + (s.end - s.start) / 60, 0)],
    ['target_panel_size', profile.targetPanelSize],
    ['members', held.length],
    ['pool_size', poolColumns(sqlite).ids.length],
    ['selection_method', first ? `sortition (${first.algorithm}), stratified` : ''],
    ['stratified_by', categories.join('; ')],
    ['replacement_draws', draws.filter((d) => d.kind === 'replacement').length],
    ['seed', first?.seed ?? null],
    ['recommendations', recommendations.length],
    ['recommendations_adopted', recommendations.filter((r) => r.status === 'adopted').length],
    ['ballots_decided', ballots.filter((b) => b.state === 'decided').length],
  ]
  return { name: 'case-summary', columns: ['field', 'value'], rows: fields }
}

function composition(sqlite: Database.Database): OpenDataTable {
  const pool = poolColumns(sqlite)
  const quotas = new Map(
    quotaTable(sqlite).categories.flatMap((c) =>
      c.values.map((v) => [`${c.name}\u0000${v.value}`, v] as const),
    ),
  )
  const rows: OpenDataCell[][] = []
  pool.categories.forEach((category, c) => {
    const inPool = category.values.map(() => 0)
    const onPanel = category.values.map(() => 0)
    pool.ids.forEach((_, i) => {
      const value = pool.values[c]?.[i] ?? -1
      if (value < 0) return
      inPool[value] = (inPool[value] ?? 0) + 1
      if (seatHolding.includes(pool.panel[i] as MemberStatus)) onPanel[value] = (onPanel[value] ?? 0) + 1
    })
    category.values.forEach((value, v) => {
      const quota = quotas.get(`${category.name}\u0000${value}`)
      rows.push([
        category.name,
        value,
        inPool[v] ?? 0,
        onPanel[v] ?? 0,
        quota?.min ?? null,
        quota?.max ?? null,
      ])
    })
  })
  return {
    name: 'composition',
    columns: ['category', 'value', 'pool', 'panel', 'quota_min', 'quota_max'],
    rows,
  }
}

/** Pseudonyms M001…, in the order of a hash of the project's id and the member's id. */
function pseudonyms(sqlite: Database.Database, ids: readonly string[]): Map<string, string> {
  const project = readMeta(sqlite, 'id')
  const hashed = ids.map(
    (id) => [createHash('sha256').update(`${project}\u0000${id}`).digest('hex'), id] as const,
  )
  hashed.sort((a, b) => a[0].localeCompare(b[0]))
  const width = Math.max(3, String(ids.length).length)
  return new Map(hashed.map(([, id], i) => [id, `M${String(i + 1).padStart(width, '0')}`]))
}

function members(sqlite: Database.Database): OpenDataTable {
  const all = readMembers(sqlite).filter((m) => m.role === 'selected')
  const names = pseudonyms(
    sqlite,
    all.map((m) => m.externalId),
  )
  const marks = readAllAttendance(sqlite)
  const rows = all
    .map((m) => {
      const own = marks.get(m.respondentId) ?? []
      return [
        names.get(m.externalId) ?? '',
        m.status,
        own.filter((a) => a.state !== 'absent').length,
        own.filter((a) => a.state === 'absent').length,
      ]
    })
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
  return { name: 'members', columns: ['member', 'status', 'sessions_attended', 'sessions_absent'], rows }
}

function attendance(sqlite: Database.Database): OpenDataTable {
  const counts = new Map<number, Record<string, number>>()
  for (const marks of readAllAttendance(sqlite).values())
    for (const mark of marks) {
      const c = counts.get(mark.sessionId) ?? {}
      c[mark.state] = (c[mark.state] ?? 0) + 1
      counts.set(mark.sessionId, c)
    }
  const rows = readSessions(sqlite).map((s) => {
    const c = counts.get(s.id) ?? {}
    return [
      s.title,
      s.date,
      (s.end - s.start) / 60,
      c.present ?? 0,
      c.late ?? 0,
      c['left-early'] ?? 0,
      c.absent ?? 0,
    ]
  })
  return {
    name: 'attendance',
    columns: ['session', 'date', 'hours', 'present', 'late', 'left_early', 'absent'],
    rows,
  }
}

function votes(sqlite: Database.Database): OpenDataTable[] {
  const { recommendations, ballots } = votesOverview(sqlite)
  const codeOf = new Map(recommendations.map((r) => [r.id, r.code]))
  const results: OpenDataCell[][] = []
  const ballotRows: OpenDataCell[][] = []
  for (const b of ballots) {
    const count = b.counts.at(-1)
    const final = count?.status === 'final' ? count : null
    ballotRows.push([
      b.id,
      b.spec.title,
      b.recommendationId === null ? '' : (codeOf.get(b.recommendationId) ?? ''),
      b.spec.kind,
      b.spec.method,
      b.outcome ?? '',
      final?.present ?? null,
      final?.cast ?? null,
      final?.result?.winners.join('; ') ?? '',
      final?.resultHash ?? '',
    ])
    if (final?.result)
      for (const f of resultFigures(final.result))
        results.push([b.id, f.proposal, f.round, f.measure, f.option, f.value])
  }
  return [
    {
      name: 'recommendations',
      columns: ['code', 'theme', 'version', 'status', 'text', 'minority_statements'],
      rows: recommendations.map((r) => [
        r.code,
        r.theme,
        r.version,
        r.status,
        r.text,
        r.minorityStatements.length,
      ]),
    },
    {
      name: 'ballots',
      columns: [
        'ballot',
        'title',
        'recommendation',
        'kind',
        'method',
        'outcome',
        'present',
        'cast',
        'winners',
        'result_hash',
      ],
      rows: ballotRows,
    },
    { name: 'results', columns: ['ballot', 'proposal', 'round', 'figure', 'option', 'value'], rows: results },
  ]
}

/** A table's two files, as they are written. */
export function openDataFiles(table: OpenDataTable): { name: string; content: string }[] {
  const objects = table.rows.map((row) =>
    Object.fromEntries(table.columns.map((c, i) => [c, row[i] ?? null])),
  )
  return [
    {
      name: `${table.name}.csv`,
      content: writeCsv([
        table.columns,
        ...table.rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))),
      ]),
    },
    { name: `${table.name}.json`, content: `${JSON.stringify(objects, null, 2)}\n` },
  ]
}

/** Writes the open-data files into `dir` (created; refused when it exists and is not empty). */
export async function writeOpenData(
  sqlite: Database.Database,
  dir: string,
): Promise<{ dir: string; files: { name: string; rows: number }[] }> {
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new AppError('invalid-input', msg('report.folderNotEmpty', { dir }))
  const tables = openDataTables(sqlite)
  const files: { name: string; rows: number }[] = []
  const write = (into: string) => {
    mkdirSync(into, { recursive: true })
    for (const table of tables)
      for (const file of openDataFiles(table)) {
        writeFileSync(join(into, file.name), file.content)
        files.push({ name: file.name, rows: table.rows.length })
      }
    return Promise.resolve()
  }
  // An empty folder that exists is replaced by the written one in a single rename.
  await writeThroughPartial(dir, write)
  return { dir, files }
}
