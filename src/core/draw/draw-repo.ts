import type Database from 'better-sqlite3'
import type { Selectable } from 'kysely'
import type { ProjectDatabase } from '../project/schema.ts'
import { AppError } from '../../shared/errors.ts'
import type { DrawAlgorithm, DrawKind, DrawView } from '../../shared/draws.ts'
import type { DrawInput } from '../sortition/types.ts'
import type { LotteryRecord } from './lottery-record.ts'

type DrawRow = Selectable<ProjectDatabase['draw']>

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
  if (!row) throw new AppError('invalid-input', `There is no draw number ${id}.`)
  return fromRow(row)
}

/** The public view: without the recorded input (it holds the whole pool). */
export function drawView(draw: StoredDraw): DrawView {
  const { input: _input, lottery: _lottery, ...view } = draw
  return view
}
