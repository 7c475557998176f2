import type Database from 'better-sqlite3'
import type { MemberStatus } from '../../shared/people.ts'
import type { Row } from '../project/schema.ts'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { DrawAlgorithm, DrawKind, DrawView } from '../../shared/draws.ts'
import type { DrawInput } from '../sortition/types.ts'
import type { LotteryRecord } from './lottery-record.ts'

type DrawRow = Row<'draw'>

/** A draw with its recorded inputs, as stored. */
export type StoredDraw = DrawView & { input: DrawInput; lottery: LotteryRecord | null }

function fromRow(row: DrawRow): StoredDraw {
  const input = JSON.parse(row.input) as DrawInput
  const lottery = row.lottery === null ? null : (JSON.parse(row.lottery) as LotteryRecord)
  const probabilities: Record<string, number> = {}
  if (lottery) {
    lottery.panels.forEach((panel, b) => {
      for (const id of panel) probabilities[id] = (probabilities[id] ?? 0) + (lottery.probabilities[b] ?? 0)
    })
    for (const person of input.pool) probabilities[person.id] ??= 0
  }
  return {
    id: row.id,
    kind: row.kind as DrawKind,
    algorithm: row.algorithm as DrawAlgorithm,
    panelSize: row.panel_size,
    lotterySize: row.lottery_size,
    reserveCount: row.reserve_count,
    inputHash: row.input_hash,
    lotteryHash: row.lottery_hash,
    committedAt: row.committed_at,
    status: row.status as DrawView['status'],
    seed: row.seed,
    seededAt: row.seeded_at,
    ticket: row.ticket,
    stats: row.stats === null ? null : (JSON.parse(row.stats) as DrawView['stats']),
    probabilities,
    selected: JSON.parse(row.selected) as string[],
    reserves: JSON.parse(row.reserves) as string[],
    input,
    lottery,
  }
}

export function listDraws(sqlite: Database.Database): StoredDraw[] {
  return sqlite.prepare<[], DrawRow>('select * from draw order by id').all().map(fromRow)
}

export function getDraw(sqlite: Database.Database, id: number): StoredDraw {
  const row = sqlite.prepare<[number], DrawRow>('select * from draw where id = ?').get(id)
  if (!row) throw new AppError('invalid-input', msg('draw.noDraw', { id }))
  return fromRow(row)
}

/** The public view: without the recorded input (it holds the whole pool). */
export function drawView(draw: StoredDraw): DrawView {
  const { input: _input, lottery: _lottery, ...view } = draw
  return view
}

/** Whether a draw is waiting for its seed. */
export function hasCommittedDraw(sqlite: Database.Database): boolean {
  return sqlite.prepare("select 1 from draw where status = 'committed'").get() !== undefined
}

/** Records a committed draw (step 1, before the seed); returns its id. */
export function insertCommittedDraw(
  sqlite: Database.Database,
  draw: Pick<
    DrawRow,
    | 'kind'
    | 'algorithm'
    | 'panel_size'
    | 'lottery_size'
    | 'reserve_count'
    | 'input_hash'
    | 'lottery_hash'
    | 'input'
    | 'lottery'
    | 'stats'
    | 'committed_at'
  >,
): number {
  return Number(
    sqlite
      .prepare(
        `insert into draw (kind, algorithm, panel_size, lottery_size, reserve_count, input_hash, lottery_hash, input, lottery,
           stats, committed_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'committed')`,
      )
      .run(
        draw.kind,
        draw.algorithm,
        draw.panel_size,
        draw.lottery_size,
        draw.reserve_count,
        draw.input_hash,
        draw.lottery_hash,
        draw.input,
        draw.lottery,
        draw.stats,
        draw.committed_at,
      ).lastInsertRowid,
  )
}

export function markDiscarded(sqlite: Database.Database, drawId: number): void {
  sqlite.prepare("update draw set status = 'discarded' where id = ?").run(drawId)
}

/**
 * Records a draw's seed and outcome, and the people drawn: the selected join the panel, and the
 * reserves replace the earlier reserve list.
 */
export function recordCompletedDraw(
  sqlite: Database.Database,
  drawId: number,
  outcome: { seed: string; at: string; ticket: number | null; selected: string[]; reserves: string[] },
): void {
  const { seed, at, ticket, selected, reserves } = outcome
  sqlite
    .prepare(
      "update draw set status = 'completed', seed = ?, seeded_at = ?, ticket = ?, selected = ?, reserves = ? where id = ?",
    )
    .run(seed, at, ticket, JSON.stringify(selected), JSON.stringify(reserves), drawId)
  const idOf = sqlite.prepare<[string], { id: number }>('select id from respondent where external_id = ?')
  const upsert = sqlite.prepare(
    `insert into panel_member (respondent_id, draw_id, role, reserve_rank, status, updated_at) values (?, ?, ?, ?, ?, ?)
     on conflict (respondent_id) do update set draw_id = excluded.draw_id, role = excluded.role,
       reserve_rank = excluded.reserve_rank, status = excluded.status, updated_at = excluded.updated_at`,
  )
  for (const externalId of selected) {
    const person = idOf.get(externalId)
    if (person) upsert.run(person.id, drawId, 'selected', null, 'selected', at)
  }
  // A replacement draw's reserves replace the earlier reserve list.
  sqlite.prepare("delete from panel_member where role = 'reserve'").run()
  reserves.forEach((externalId, rank) => {
    const person = idOf.get(externalId)
    if (person) upsert.run(person.id, drawId, 'reserve', rank + 1, 'reserve', at)
  })
}

/** People who still hold a seat: not declined, withdrawn or replaced (people/status-machine.ts). */
export function heldPeople(sqlite: Database.Database): { externalId: string; household: string }[] {
  return sqlite
    .prepare<[], { external_id: string; household_key: string }>(
      `select r.external_id, r.household_key from panel_member m join respondent r on r.id = m.respondent_id
       where m.role = 'selected' and m.status in ('selected', 'contacted', 'confirmed', 'attended') order by r.external_id`,
    )
    .all()
    .map((r) => ({ externalId: r.external_id, household: r.household_key }))
}

/** Everyone ever selected for the panel (whatever their answer since), by external id. */
export function everSelected(sqlite: Database.Database): string[] {
  return sqlite
    .prepare<[], string>(
      "select r.external_id from panel_member m join respondent r on r.id = m.respondent_id where m.role = 'selected'",
    )
    .pluck()
    .all()
}

export function setPanelStatus(
  sqlite: Database.Database,
  respondentId: number,
  status: string,
  at: string,
): void {
  sqlite
    .prepare('update panel_member set status = ?, updated_at = ? where respondent_id = ?')
    .run(status, at, respondentId)
}

/** The first draw's id, the one whose lottery the organisers published; undefined before any lottery. */
export function firstLotteryDrawId(sqlite: Database.Database): number | undefined {
  // Only the id: each stored draw holds the whole pool.
  return sqlite
    .prepare<[], number>(
      "select id from draw where kind = 'initial' and status != 'discarded' and lottery is not null order by id limit 1",
    )
    .pluck()
    .get()
}

/** Everyone drawn: on the panel or on the reserve list. */
export function panelMembers(sqlite: Database.Database): {
  externalId: string
  drawId: number
  role: 'selected' | 'reserve'
  reserveRank: number | null
  status: MemberStatus
}[] {
  return sqlite
    .prepare<
      [],
      {
        externalId: string
        drawId: number
        role: 'selected' | 'reserve'
        reserveRank: number | null
        status: MemberStatus
      }
    >(
      `select r.external_id as externalId, m.draw_id as drawId, m.role, m.reserve_rank as reserveRank, m.status
       from panel_member m join respondent r on r.id = m.respondent_id order by m.role desc, m.reserve_rank, r.external_id`,
    )
    .all()
}

/** Whether any draw has been completed (the panel exists). */
export function hasCompletedDraw(sqlite: Database.Database): boolean {
  return sqlite.prepare("select 1 from draw where status = 'completed' limit 1").get() !== undefined
}

/** Panel members who confirmed their seat. */
export function confirmedCount(sqlite: Database.Database): number {
  const row = sqlite
    .prepare<[], { n: number }>(
      "select count(*) as n from panel_member where role = 'selected' and status in ('confirmed', 'attended')",
    )
    .get()
  return row?.n ?? 0
}

/** The names of the confirmed panel members, by external id. */
export function confirmedNames(sqlite: Database.Database): { first: string; last: string }[] {
  return sqlite
    .prepare<[], { first: string; last: string }>(
      `select r.first_name as first, r.last_name as last from panel_member m join respondent r on r.id = m.respondent_id
       where m.role = 'selected' and m.status in ('confirmed', 'attended') order by r.external_id`,
    )
    .all()
}
