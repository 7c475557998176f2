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

/** Saves the per-table subtotals of a `counts` entry (with the members present and declared total). */
export async function saveTables(
  project: Project,
  input: { ballotId: number; present: number | null; declaredTotal: number | null; tables: TableCount[] },
): Promise<CountView> {
  const { sqlite } = project
  return project.write(() => {
    const { ballot, count } = enteringCount(sqlite, input.ballotId)
    validateTables(ballot.spec, input.tables)
    updateCountEntry(sqlite, { ballotId: ballot.id, countNo: count.countNo }, input)
    return countView(sqlite, ballot, currentCount(sqlite, ballot.id))
  })
}

/** Members present for the count (the quorum and a "present" percentage base need it). */
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
