import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import {
  quotaBoundsProblem,
  type QuotaBoundsProblem,
  type QuotaRow,
  type QuotaTable,
} from '../../shared/quotas.ts'
import { appendAudit } from '../audit/audit-log.ts'
import type { Project } from '../project/project.ts'

type ValueRow = {
  category: string
  value: string
  value_id: number
  pool_count: number
  min: number | null
  max: number | null
  min_flex: number | null
  max_flex: number | null
  population_share: number | null
  justification: string | null
}

function valueRows(sqlite: Database.Database): ValueRow[] {
  return sqlite
    .prepare<[], ValueRow>(
      `select c.name as category, v.value, v.id as value_id,
         (select count(*) from respondent_value rv where rv.value_id = v.id) as pool_count,
         q.min, q.max, q.min_flex, q.max_flex, q.population_share, q.justification
       from category c join category_value v on v.category_id = c.id left join quota q on q.value_id = v.id
       order by c.position, v.position`,
    )
    .all()
}

function settings(sqlite: Database.Database): { panel_size: number | null; quotas_locked_at: string | null } {
  return sqlite.prepare('select panel_size, quotas_locked_at from draw_settings where id = 1').get() as {
    panel_size: number | null
    quotas_locked_at: string | null
  }
}

/** The quotas beside the pool: for each category value, the pool count and share and its min/max. */
export function quotaTable(sqlite: Database.Database): QuotaTable {
  const poolSize = (sqlite.prepare('select count(*) as n from respondent').get() as { n: number }).n
  const { panel_size: panelSize, quotas_locked_at: lockedAt } = settings(sqlite)
  const fallbackSize = panelSize ?? profilePanelSize(sqlite)
  const table: QuotaTable = { panelSize: fallbackSize, lockedAt, categories: [] }
  for (const row of valueRows(sqlite)) {
    let category = table.categories.find((c) => c.name === row.category)
    if (!category) {
      category = { name: row.category, values: [] }
      table.categories.push(category)
    }
    category.values.push({
      category: row.category,
      value: row.value,
      min: row.min ?? 0,
      max: row.max ?? fallbackSize ?? row.pool_count,
      minFlex: row.min_flex,
      maxFlex: row.max_flex,
      populationShare: row.population_share,
      justification: row.justification ?? '',
      poolCount: row.pool_count,
      poolShare: poolSize === 0 ? 0 : row.pool_count / poolSize,
      idealCount:
        row.population_share === null || fallbackSize === null
          ? null
          : (row.population_share / 100) * fallbackSize,
    })
  }
  return table
}

function profilePanelSize(sqlite: Database.Database): number | null {
  const row = sqlite.prepare('select target_panel_size as k from assembly_profile where id = 1').get() as
    { k: number | null } | undefined
  return row?.k ?? null
}

function boundsMessage(problem: QuotaBoundsProblem, row: QuotaRow) {
  const { category, value, min, max } = row
  switch (problem) {
    case 'minAboveMax':
      return msg('quotas.minAboveMax', { category, value, min, max })
    case 'minFlexAboveMin':
      return msg('quotas.minFlexAboveMin', { category, value, min, minFlex: row.minFlex ?? 0 })
    case 'maxFlexBelowMax':
      return msg('quotas.maxFlexBelowMax', { category, value, max, maxFlex: row.maxFlex ?? 0 })
  }
}

/** Saves quota rows (and the panel size) in one transaction; refused once the quotas are locked. */
export async function saveQuotas(
  project: Project,
  rows: QuotaRow[],
  panelSize?: number,
): Promise<QuotaTable> {
  const { sqlite } = project
  return project.write(() => {
    if (settings(sqlite).quotas_locked_at) {
      throw new AppError(
        'quotas-locked',
        'The quotas are locked: they were recorded before the draw and can no longer change.',
      )
    }
    if (panelSize !== undefined)
      sqlite.prepare('update draw_settings set panel_size = ? where id = 1').run(panelSize)
    const find = sqlite.prepare<[string, string], { id: number }>(
      'select v.id from category_value v join category c on c.id = v.category_id where c.name = ? and v.value = ?',
    )
    const upsert = sqlite.prepare(
      `insert into quota (value_id, min, max, min_flex, max_flex, population_share, justification) values (?, ?, ?, ?, ?, ?, ?)
       on conflict (value_id) do update set min = excluded.min, max = excluded.max, min_flex = excluded.min_flex,
         max_flex = excluded.max_flex, population_share = excluded.population_share, justification = excluded.justification`,
    )
    for (const row of rows) {
      const value = find.get(row.category, row.value)
      if (!value)
        throw new AppError(
          'invalid-input',
          msg('quotas.noValue', { value: row.value, category: row.category }),
        )
      const problem = quotaBoundsProblem(row)
      if (problem)
        throw new AppError('invalid-input', boundsMessage(problem, row), {
          field: `${row.category}:${row.value}`,
        })
      upsert.run(value.id, row.min, row.max, row.minFlex, row.maxFlex, row.populationShare, row.justification)
    }
    return quotaTable(sqlite)
  })
}

/** The quotas as the lock records them in the audit log (and as `verify` compares them). */
export function lockedQuotas(table: QuotaTable): { panelSize: number | null; quotas: LockedQuota[] } {
  const quotas = table.categories.flatMap((c) =>
    c.values.map(({ category, value, min, max, minFlex, maxFlex }) => ({
      category,
      value,
      min,
      max,
      minFlex,
      maxFlex,
    })),
  )
  return { panelSize: table.panelSize, quotas }
}

type LockedQuota = Pick<QuotaRow, 'category' | 'value' | 'min' | 'max' | 'minFlex' | 'maxFlex'>

/** Locks the quotas before the draw: an official act recorded, with every row, in the audit log. */
export async function lockQuotas(project: Project): Promise<QuotaTable> {
  const table = quotaTable(project.sqlite)
  if (table.lockedAt) return table
  if (table.panelSize === null) throw new AppError('invalid-input', msg('quotas.panelSizeBeforeLock'))
  const at = project.timestamp()
  return project.write(() => {
    project.sqlite
      .prepare('update draw_settings set panel_size = ?, quotas_locked_at = ? where id = 1')
      .run(table.panelSize, at)
    appendAudit(project.sqlite, { kind: 'quotas.locked', at, payload: lockedQuotas(table) })
    return quotaTable(project.sqlite)
  })
}
