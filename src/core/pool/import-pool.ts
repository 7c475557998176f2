import { recordPoolChange } from './pool-fingerprint.ts'
import { basename } from 'node:path'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import {
  importMappingSchema,
  type ImportMapping,
  type ImportPreview,
  type ImportReport,
} from '../../shared/pool.ts'
import type { Project } from '../project/project.ts'
import { answerKey, headerKey } from './normalise.ts'
import {
  ensureCategories,
  insertImport,
  learnedAnswers,
  loadCategories,
  missingFrom,
  recallMapping,
  rememberMapping,
  setImportSummary,
  upsertPeople,
} from './pool-repo.ts'
import { getProfile } from '../profile/profile-repo.ts'
import { suggestMapping } from './suggest-mapping.ts'
import { readTable } from './table/read-table.ts'
import type { Table } from './table/table.ts'
import { validateRows, type ValidationResult } from './validate-rows.ts'

const SAMPLE_ROWS = 20

export type ImportOptions = {
  sheet?: string
  /** The mapping chosen in the wizard; without it, the remembered or suggested one is used. */
  mapping?: ImportMapping
  /** The header of the id column (CLI `--id-column`). */
  idColumn?: string
  /** The headers whose values form the household key (CLI `--household-columns`). */
  householdColumns?: string[]
}

/** Reads a file and proposes a mapping, without writing anything. */
export async function previewImport(
  project: Project,
  path: string,
  options: { sheet?: string } = {},
): Promise<ImportPreview> {
  const table = await readTable(path, options)
  const remembered = recallMapping(project.sqlite, table.headers)
  const learned = learnedAnswers(project.sqlite)
  const suggested = remembered === null ? suggestFor(project, table, { recognise: true, learned }) : null
  const mapping = remembered ?? suggested?.mapping ?? { columns: [], values: {}, missing: {} }
  return {
    fileName: basename(path),
    format: table.format,
    detected: table.detected,
    headers: table.headers,
    sample: table.rows.slice(0, SAMPLE_ROWS),
    rowCount: table.rows.length,
    mapping,
    remembered: remembered !== null,
    proposed: suggested?.proposed ?? [],
    learned,
    answers: distinctAnswers(table, mapping),
  }
}

/** Validates every row with the mapping; nothing is written. */
export async function validateImport(project: Project, path: string, options: ImportOptions = {}) {
  const table = await readTable(path, options.sheet === undefined ? {} : { sheet: options.sheet })
  const mapping = resolveMapping(project, table, options)
  return { table, mapping, validation: validateRows(table, mapping) }
}

/**
 * Imports the valid rows in one transaction: either every valid row is written, or (on any failure,
 * a cancel or a crash) the pool stays exactly as it was. Re-importing an updated export updates the
 * people it already holds (matched by id) and lists those no longer in the file, instead of duplicating.
 */
export async function importPool(
  project: Project,
  path: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const { table, mapping, validation } = await validateImport(project, path, options)
  return writeImport(project, { fileName: basename(path), headers: table.headers, mapping, validation })
}

export type ValidatedImport = {
  fileName: string
  headers: string[]
  mapping: ImportMapping
  validation: ValidationResult
}

class DryRun extends Error {
  readonly report: ImportReport
  constructor(report: ImportReport) {
    super('dry run')
    this.report = report
  }
}

/** What an import would do (new, changed, gone, problems), computed by writing it and rolling back. */
export async function dryRunImport(project: Project, validated: ValidatedImport): Promise<ImportReport> {
  try {
    await writeImport(project, validated, { dryRun: true })
  } catch (error) {
    if (error instanceof DryRun) return error.report
    throw error
  }
  throw new Error('unreachable: a dry run always rolls back')
}

export async function writeImport(
  project: Project,
  { fileName, headers, mapping, validation }: ValidatedImport,
  options: { dryRun?: boolean } = {},
): Promise<ImportReport> {
  const at = project.timestamp()
  return project.write(() => {
    const { sqlite } = project
    const importId = insertImport(sqlite, at, fileName)
    const categories = ensureCategories(sqlite, validation.categories, mapping.missing)
    const counts = upsertPeople(sqlite, validation.people, categories, importId, at)
    const gone = missingFrom(sqlite, new Set(validation.people.map((p) => p.externalId)))
    const households = new Set(validation.people.map((p) => p.householdKey || `person:${p.externalId}`)).size
    const report: ImportReport = {
      imported: validation.people.length,
      ...counts,
      gone,
      rejected: validation.rejected,
      warnings: validation.warnings,
      duplicates: validation.duplicates,
      households,
    }
    setImportSummary(sqlite, importId, {
      ...report,
      gone: gone.length,
      rejected: report.rejected.length,
      warnings: report.warnings.length,
    })
    rememberMapping(sqlite, headers, mapping, at)
    if (options.dryRun) throw new DryRun(report)
    recordPoolChange(sqlite, at, { kind: 'pool.imported', file: fileName })
    return report
  })
}

function suggestFor(
  project: Project,
  table: Table,
  options: { recognise: boolean; learned: Record<string, Record<string, string>> },
) {
  const categories = loadCategories(project.sqlite)
  const known = categories.map((c) => ({
    name: c.name,
    values: c.values.map((v) => v.value),
    missingValue: c.missingValue,
  }))
  const answers = table.headers.map((_, i) => countAnswers(table, i))
  const referenceDate = getProfile(project.sqlite).startDate ?? project.timestamp().slice(0, 10)
  return suggestMapping(table.headers, known, answers, { ...options, referenceDate })
}

function resolveMapping(project: Project, table: Table, options: ImportOptions): ImportMapping {
  let mapping =
    options.mapping ??
    recallMapping(project.sqlite, table.headers) ??
    suggestFor(project, table, { recognise: false, learned: learnedAnswers(project.sqlite) }).mapping
  mapping = importMappingSchema.parse(mapping)
  const columns = [...mapping.columns]
  const indexOf = (header: string, what: 'idColumn' | 'householdColumn') => {
    const index = table.headers.findIndex((h) => headerKey(h) === headerKey(header))
    if (index < 0) {
      throw new AppError(
        'invalid-input',
        msg('pool.noColumn', { what: msg(`sortition.${what}`), header, columns: table.headers.join(', ') }),
      )
    }
    return index
  }
  if (options.idColumn !== undefined) {
    const index = indexOf(options.idColumn, 'idColumn')
    columns.forEach((c, i) => {
      if (c.role === 'id') columns[i] = { role: 'note' }
    })
    columns[index] = { role: 'id' }
  }
  if (options.householdColumns !== undefined) {
    const indexes = options.householdColumns.map((h) => indexOf(h, 'householdColumn'))
    columns.forEach((c, i) => {
      if ((c.role === 'address' || c.role === 'postcode') && !indexes.includes(i))
        columns[i] = { role: 'note' }
    })
    for (const index of indexes) if (columns[index]?.role !== 'postcode') columns[index] = { role: 'address' }
  }
  return { ...mapping, columns }
}

/** Every distinct answer in one column, grouped by key (case, accents, spacing ignored), most frequent first. */
export async function columnAnswers(path: string, column: number, options: { sheet?: string } = {}) {
  const table = await readTable(path, options)
  if (column >= table.headers.length) throw new AppError('invalid-input', msg('pool.noSuchColumn'))
  return countAnswers(table, column)
}

function countAnswers(table: Table, column: number): { raw: string; key: string; count: number }[] {
  const counts = new Map<string, { raw: string; count: number }>()
  for (const row of table.rows) {
    const raw = (row[column] ?? '').trim()
    const key = answerKey(raw)
    const entry = counts.get(key)
    if (entry) entry.count += 1
    else counts.set(key, { raw, count: 1 })
  }
  return [...counts.entries()]
    .map(([key, { raw, count }]) => ({ raw, key, count }))
    .sort((a, b) => b.count - a.count)
}

function distinctAnswers(table: Table, mapping: ImportMapping): ImportPreview['answers'] {
  const out: ImportPreview['answers'] = {}
  mapping.columns.forEach((column, i) => {
    if (column.role !== 'category') return
    const counts = new Map<string, { raw: string; count: number }>()
    for (const row of table.rows) {
      const raw = (row[i] ?? '').trim()
      const key = answerKey(raw)
      const entry = counts.get(key)
      if (entry) entry.count += 1
      else counts.set(key, { raw, count: 1 })
    }
    out[column.category] = [...counts.entries()]
      .map(([key, { raw, count }]) => ({
        raw,
        key,
        count,
        value: mapping.values[column.category]?.[key] ?? null,
      }))
      .sort((a, b) => b.count - a.count)
  })
  return out
}
