import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { msg, type MessageKey, type MessageParams } from '../../shared/messages.ts'
import type {
  CountView,
  InvalidBallot,
  Operator,
  PaperMarks,
  Reconciliation,
  TableCount,
} from '../../shared/votes.ts'
import type { Project } from '../project/project.ts'
import { readSession } from '../sessions/sessions-repo.ts'
import { reconcile } from './reconcile.ts'
import { ballotState, notOpenYet } from './sequence.ts'
import { validateMarks, validateTables } from './validate-entries.ts'
import { countView, sequenceLookup } from './votes-view.ts'
import {
  currentCount,
  deletePaperRow,
  getBallot,
  listPapers,
  requireEntering,
  updateCountEntry,
  updatePresent,
  updatePresentSession,
  upsertPaper,
  type StoredBallot,
  type StoredCount,
} from './vote-repo.ts'

function invalid(key: MessageKey, params?: MessageParams): AppError {
  return new AppError('invalid-input', msg(key, params))
}

/** The count votes are entered into: the current one, still being entered, of an open ballot. */
function enteringCount(
  sqlite: Database.Database,
  ballotId: number,
): { ballot: StoredBallot; count: StoredCount } {
  const ballot = getBallot(sqlite, ballotId)
  const count = currentCount(sqlite, ballotId)
  requireEntering(count)
  const { state, waitingFor } = ballotState(ballot, count, sequenceLookup(sqlite))
  if (state === 'waiting') throw notOpenYet(waitingFor)
  return { ballot, count }
}

function papersOnly(ballot: StoredBallot): void {
  if (ballot.spec.entry !== 'papers') throw invalid('ballot.countsNotPapers')
}

function checkPaper(
  ballot: StoredBallot,
  number: number,
  marks: PaperMarks | null,
  invalidBallot: InvalidBallot | null,
) {
  if ((marks === null) === (invalidBallot === null)) throw invalid('ballot.marksOrInvalid', { number })
  if (marks) validateMarks(ballot.spec, marks, number)
}

/**
 * Saves the per-table subtotals of a `counts` entry and the declared total; members present too
 * when sent (a number typed in overrides attendance, null goes back to it; left out, unchanged).
 */
export async function saveTables(
  project: Project,
  input: {
    ballotId: number
    present?: number | null | undefined
    declaredTotal: number | null
    tables: TableCount[]
  },
): Promise<CountView> {
  const { sqlite } = project
  return project.write(() => {
    const { ballot, count } = enteringCount(sqlite, input.ballotId)
    validateTables(ballot.spec, input.tables)
    const key = { ballotId: ballot.id, countNo: count.countNo }
    updateCountEntry(sqlite, key, input)
    if (input.present !== undefined) updatePresent(sqlite, key, input.present)
    return countView(sqlite, ballot, currentCount(sqlite, ballot.id))
  })
}

/**
 * The members present follow the attendance of a session: the one given, or (null) the ballot's
 * own session, the agenda block it is voted in. A number typed in earlier no longer counts.
 */
export async function presentFromSession(
  project: Project,
  ballotId: number,
  sessionId: number | null,
): Promise<CountView> {
  const { sqlite } = project
  return project.write(() => {
    const { ballot, count } = enteringCount(sqlite, ballotId)
    if (sessionId !== null && !readSession(sqlite, sessionId))
      throw invalid('sessions.noSession', { id: sessionId })
    updatePresentSession(sqlite, { ballotId: ballot.id, countNo: count.countNo }, sessionId)
    const now = currentCount(sqlite, ballot.id)
    if (now.presentFrom.session === null) throw invalid('count.noSessionForBallot')
    return countView(sqlite, ballot, now)
  })
}

/** Members present typed in (the quorum and a "present" percentage base need it); null = from attendance. */
export async function setPresent(
  project: Project,
  ballotId: number,
  present: number | null,
): Promise<CountView> {
  const { sqlite } = project
  return project.write(() => {
    const { ballot, count } = enteringCount(sqlite, ballotId)
    updatePresent(sqlite, { ballotId: ballot.id, countNo: count.countNo }, present)
    return countView(sqlite, ballot, currentCount(sqlite, ballot.id))
  })
}

/**
 * Saves one paper as one operator typed it, replacing that operator's earlier entry of the same
 * number. Each paper is its own committed write: nothing typed is lost if the laptop dies.
 */
export async function savePaper(
  project: Project,
  input: {
    ballotId: number
    operator: Operator
    number: number
    marks: PaperMarks | null
    invalid: InvalidBallot | null
  },
): Promise<CountView> {
  const { sqlite } = project
  const at = project.timestamp()
  return project.write(() => {
    const { ballot, count } = enteringCount(sqlite, input.ballotId)
    papersOnly(ballot)
    checkPaper(ballot, input.number, input.marks, input.invalid)
    upsertPaper(
      sqlite,
      { ballotId: ballot.id, countNo: count.countNo, operator: input.operator },
      { number: input.number, marks: input.marks, invalid: input.invalid, enteredAt: at },
    )
    return countView(sqlite, ballot, count)
  })
}

export async function deletePaper(
  project: Project,
  input: { ballotId: number; operator: Operator; number: number },
): Promise<CountView> {
  const { sqlite } = project
  return project.write(() => {
    const { ballot, count } = enteringCount(sqlite, input.ballotId)
    papersOnly(ballot)
    const deleted = deletePaperRow(
      sqlite,
      { ballotId: ballot.id, countNo: count.countNo, operator: input.operator },
      input.number,
    )
    if (!deleted) throw invalid('ballot.paperNotTyped', { operator: input.operator, number: input.number })
    return countView(sqlite, ballot, count)
  })
}

/** The differences between operator A's and operator B's entries of the current count. */
export function reconciliation(sqlite: Database.Database, ballotId: number): Reconciliation {
  const ballot = getBallot(sqlite, ballotId)
  papersOnly(ballot)
  const count = currentCount(sqlite, ballotId)
  const { agreedPapers: _agreed, ...view } = reconcile(
    listPapers(sqlite, ballotId, count.countNo, 'A'),
    listPapers(sqlite, ballotId, count.countNo, 'B'),
  )
  return view
}

/** Settles one difference: both operators' entries of that number become what the paper says. */
export async function resolvePaper(
  project: Project,
  input: { ballotId: number; number: number; marks: PaperMarks | null; invalid: InvalidBallot | null },
): Promise<Reconciliation> {
  const { sqlite } = project
  const at = project.timestamp()
  return project.write(() => {
    const { ballot, count } = enteringCount(sqlite, input.ballotId)
    papersOnly(ballot)
    checkPaper(ballot, input.number, input.marks, input.invalid)
    const paper = { number: input.number, marks: input.marks, invalid: input.invalid, enteredAt: at }
    for (const operator of ['A', 'B'] as const)
      upsertPaper(sqlite, { ballotId: ballot.id, countNo: count.countNo, operator }, paper)
    return reconciliation(sqlite, ballot.id)
  })
}
