import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { msg, type MessageKey, type MessageParams } from '../../shared/messages.ts'
import type { BallotSpec, BallotView } from '../../shared/votes.ts'
import { appendAudit } from '../audit/audit-log.ts'
import type { Project } from '../project/project.ts'
import { validateSpec } from './validate-spec.ts'
import { getBallotView } from './votes-view.ts'
import { getBallot, insertCount, listCounts } from './vote-repo.ts'

function invalid(key: MessageKey, params?: MessageParams): AppError {
  return new AppError('invalid-input', msg(key, params))
}

function checkRecommendation(sqlite: Database.Database, id: number | null): void {
  if (id === null) return
  if (!sqlite.prepare('select 1 from recommendation where id = ?').get(id))
    throw invalid('ballot.noRecommendation', { id })
}

/** A sequential ballot opens after an existing, different ballot, without a loop. */
function checkOpensAfter(sqlite: Database.Database, spec: BallotSpec, self: number | null): void {
  let next = spec.opensAfter?.ballotId
  const seen = new Set<number>(self === null ? [] : [self])
  while (next !== undefined) {
    if (seen.has(next)) throw invalid('ballot.opensAfterItself')
    seen.add(next)
    const row = sqlite.prepare<[number], { spec: string }>('select spec from ballot where id = ?').get(next)
    if (!row) throw invalid('ballot.opensAfterMissing', { id: next })
    next = (JSON.parse(row.spec) as BallotSpec).opensAfter?.ballotId
  }
}

function hasFinalCount(sqlite: Database.Database, ballotId: number): boolean {
  return listCounts(sqlite, ballotId).some((count) => count.finalisedAt !== null)
}

function hasEntries(sqlite: Database.Database, ballotId: number): boolean {
  const papers = sqlite.prepare('select 1 from paper_ballot where ballot_id = ? limit 1').get(ballotId)
  const tables = sqlite
    .prepare("select 1 from vote_count where ballot_id = ? and tables != '[]' limit 1")
    .get(ballotId)
  return papers !== undefined || tables !== undefined
}

/** Inserts a ballot and its first count (inside the caller's transaction); returns its id. */
export function insertBallot(
  project: Project,
  recommendationId: number | null,
  spec: BallotSpec,
  origin?: string,
): number {
  const { sqlite } = project
  validateSpec(spec)
  checkRecommendation(sqlite, recommendationId)
  checkOpensAfter(sqlite, spec, null)
  const at = project.timestamp()
  const id = Number(
    sqlite
      .prepare('insert into ballot (recommendation_id, spec, created_at) values (?, ?, ?)')
      .run(recommendationId, JSON.stringify(spec), at).lastInsertRowid,
  )
  insertCount(sqlite, {
    ballotId: id,
    countNo: 1,
    reason: '',
    present: null,
    declaredTotal: null,
    tieSeed: null,
    tieBreaks: [],
    startedAt: at,
  })
  appendAudit(sqlite, {
    kind: 'votes.ballot.created',
    at,
    payload: { ballot: id, recommendation: recommendationId, spec, ...(origin ? { origin } : {}) },
  })
  return id
}

export async function createBallot(
  project: Project,
  recommendationId: number | null,
  spec: BallotSpec,
): Promise<BallotView> {
  return project.write(() => {
    const id = insertBallot(project, recommendationId, spec)
    return getBallotView(project.sqlite, id)
  })
}

/** Changes a ballot's settings; refused once a count is final, or (kind, entry) once votes are in. */
export async function updateBallot(project: Project, id: number, spec: BallotSpec): Promise<BallotView> {
  const { sqlite } = project
  return project.write(() => {
    const before = getBallot(sqlite, id)
    if (hasFinalCount(sqlite, id)) throw invalid('ballot.finalNoChange')
    validateSpec(spec)
    checkOpensAfter(sqlite, spec, id)
    if ((spec.kind !== before.spec.kind || spec.entry !== before.spec.entry) && hasEntries(sqlite, id))
      throw invalid('ballot.entriesFixKind')
    sqlite.prepare('update ballot set spec = ? where id = ?').run(JSON.stringify(spec), id)
    return getBallotView(sqlite, id)
  })
}

/** Deletes a ballot and its entries; refused once a count is final or when another opens after it. */
export async function deleteBallot(project: Project, id: number): Promise<void> {
  const { sqlite } = project
  const at = project.timestamp()
  await project.write(() => {
    const ballot = getBallot(sqlite, id)
    if (hasFinalCount(sqlite, id)) throw invalid('ballot.finalNoDelete')
    const dependants = sqlite
      .prepare<[], { spec: string }>('select spec from ballot')
      .all()
      .map((row) => JSON.parse(row.spec) as BallotSpec)
      .filter((spec) => spec.opensAfter?.ballotId === id)
    const first = dependants[0]
    if (first) throw invalid('ballot.opensAfterThis', { title: first.title })
    sqlite.prepare('delete from ballot where id = ?').run(id)
    appendAudit(sqlite, {
      kind: 'votes.ballot.deleted',
      at,
      payload: { ballot: id, title: ballot.spec.title },
    })
  })
}
