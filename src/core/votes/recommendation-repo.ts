import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { RecommendationInput, RecommendationStatus, RecommendationView } from '../../shared/votes.ts'
import { appendAudit } from '../audit/audit-log.ts'
import type { Project } from '../project/project.ts'
import type { Row } from '../project/schema.ts'

type RecommendationRow = Row<'recommendation'>

function view(sqlite: Database.Database, row: RecommendationRow): RecommendationView {
  const versions = sqlite
    .prepare<[number], { version: number; text: string; at: string }>(
      'select version, text, at from recommendation_version where recommendation_id = ? order by version',
    )
    .all(row.id)
  const minorityStatements = sqlite
    .prepare<[number], { id: number; text: string; supporters: number | null; at: string }>(
      'select id, text, supporters, at from minority_statement where recommendation_id = ? order by id',
    )
    .all(row.id)
  const ballotIds = sqlite
    .prepare<[number], { id: number }>('select id from ballot where recommendation_id = ? order by id')
    .all(row.id)
    .map((b) => b.id)
  return {
    id: row.id,
    code: row.code,
    theme: row.theme,
    text: row.text,
    draftingGroup: row.drafting_group,
    status: row.status as RecommendationStatus,
    version: row.version,
    versions,
    minorityStatements,
    ballotIds,
    updatedAt: row.updated_at,
  }
}

export function listRecommendations(sqlite: Database.Database): RecommendationView[] {
  return sqlite
    .prepare<[], RecommendationRow>('select * from recommendation order by id')
    .all()
    .map((row) => view(sqlite, row))
}

function row(sqlite: Database.Database, id: number): RecommendationRow {
  const found = sqlite
    .prepare<[number], RecommendationRow>('select * from recommendation where id = ?')
    .get(id)
  if (!found) throw new AppError('invalid-input', msg('ballot.noRecommendation', { id }))
  return found
}

export function getRecommendation(sqlite: Database.Database, id: number): RecommendationView {
  return view(sqlite, row(sqlite, id))
}

function checkCodeFree(sqlite: Database.Database, code: string, except: number | null): void {
  const other = sqlite
    .prepare<[string, number], { id: number }>('select id from recommendation where code = ? and id != ?')
    .get(code, except ?? -1)
  if (other) throw new AppError('invalid-input', msg('ballot.recommendationCodeTaken', { code }))
}

/** A new recommendation, version 1 of its text; recorded in the audit log. */
export async function createRecommendation(
  project: Project,
  input: RecommendationInput,
): Promise<RecommendationView> {
  const { sqlite } = project
  const at = project.timestamp()
  return project.write(() => {
    checkCodeFree(sqlite, input.code, null)
    const id = Number(
      sqlite
        .prepare(
          `insert into recommendation (code, theme, text, version, drafting_group, status, created_at, updated_at)
           values (?, ?, ?, 1, ?, ?, ?, ?)`,
        )
        .run(input.code, input.theme, input.text, input.draftingGroup, input.status, at, at).lastInsertRowid,
    )
    sqlite
      .prepare(
        'insert into recommendation_version (recommendation_id, version, text, at) values (?, 1, ?, ?)',
      )
      .run(id, input.text, at)
    appendAudit(sqlite, {
      kind: 'votes.recommendation.created',
      at,
      payload: {
        recommendation: id,
        code: input.code,
        theme: input.theme,
        status: input.status,
        text: input.text,
      },
    })
    return getRecommendation(sqlite, id)
  })
}

/**
 * Saves a recommendation's fields. A different text becomes a new version (the earlier ones are
 * kept); a new version and a change of status are recorded in the audit log.
 */
export async function updateRecommendation(
  project: Project,
  id: number,
  input: RecommendationInput,
): Promise<RecommendationView> {
  const { sqlite } = project
  const at = project.timestamp()
  return project.write(() => {
    const before = row(sqlite, id)
    checkCodeFree(sqlite, input.code, id)
    const newText = input.text !== before.text
    const version = newText ? before.version + 1 : before.version
    sqlite
      .prepare(
        `update recommendation set code = ?, theme = ?, text = ?, version = ?, drafting_group = ?, status = ?, updated_at = ?
         where id = ?`,
      )
      .run(input.code, input.theme, input.text, version, input.draftingGroup, input.status, at, id)
    if (newText) {
      sqlite
        .prepare(
          'insert into recommendation_version (recommendation_id, version, text, at) values (?, ?, ?, ?)',
        )
        .run(id, version, input.text, at)
      appendAudit(sqlite, {
        kind: 'votes.recommendation.version',
        at,
        payload: { recommendation: id, code: input.code, version, text: input.text },
      })
    }
    if (input.status !== before.status)
      appendAudit(sqlite, {
        kind: 'votes.recommendation.status',
        at,
        payload: { recommendation: id, code: input.code, from: before.status, to: input.status },
      })
    return getRecommendation(sqlite, id)
  })
}

/** A minority statement attached to a recommendation (kept beside it in the report). */
export async function addMinorityStatement(
  project: Project,
  input: { recommendationId: number; text: string; supporters: number | null },
): Promise<RecommendationView> {
  const { sqlite } = project
  const at = project.timestamp()
  return project.write(() => {
    const rec = row(sqlite, input.recommendationId)
    sqlite
      .prepare('insert into minority_statement (recommendation_id, text, supporters, at) values (?, ?, ?, ?)')
      .run(rec.id, input.text, input.supporters, at)
    appendAudit(sqlite, {
      kind: 'votes.recommendation.minority',
      at,
      payload: { recommendation: rec.id, code: rec.code, supporters: input.supporters, text: input.text },
    })
    return getRecommendation(sqlite, rec.id)
  })
}
