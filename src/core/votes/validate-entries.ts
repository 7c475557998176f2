import { AppError } from '../../shared/errors.ts'
import type { BallotKind, BallotSpec, PaperMarks, TableCount } from '../../shared/votes.ts'
import { OVERVOTE_LABEL } from '../tally/format/read-vote-vector.ts'

function invalid(message: string): AppError {
  return new AppError('invalid-input', message)
}

/** Which shape of marks each kind of ballot takes. */
const marksShape: Record<BallotKind, 'choice' | 'ranking' | 'approve' | 'scores'> = {
  'yes-no': 'choice',
  choice: 'choice',
  approval: 'approve',
  score: 'scores',
  scale: 'scores',
  'majority-judgment': 'scores',
  ranking: 'ranking',
}

function shapeOf(marks: PaperMarks): 'choice' | 'ranking' | 'approve' | 'scores' {
  if ('ranking' in marks) return 'ranking'
  if ('choice' in marks) return 'choice'
  if ('approve' in marks) return 'approve'
  return 'scores'
}

/**
 * Checks what one paper says against its ballot: every option and grade named exists, the
 * shape fits the kind, the number of marks is allowed. Throws AppError('invalid-input').
 * A ranking may name an option twice or several at one rank (the paper says so; the count's
 * rules decide what an overvote or a repeated name means).
 */
export function validateMarks(spec: BallotSpec, marks: PaperMarks, number?: number): void {
  const paper = number === undefined ? 'This ballot' : `Ballot ${number}`
  const known = new Set(spec.candidates)
  const unknown = (name: string) =>
    invalid(`${paper} names “${name}”, which is not one of the options of this ballot.`)
  const expected = marksShape[spec.kind]
  if (shapeOf(marks) !== expected)
    throw invalid(`${paper} is not filled in the way a ${spec.kind} ballot is (expected ${expected} marks).`)
  if ('choice' in marks) {
    if (marks.choice !== null && !known.has(marks.choice)) throw unknown(marks.choice)
  } else if ('ranking' in marks) {
    for (const rank of marks.ranking)
      for (const name of rank) {
        // An overvote whose names were not recorded (vote-vector/1 files from scanned ballots).
        if (name === OVERVOTE_LABEL && rank.length === 1) continue
        if (!known.has(name)) throw unknown(name)
      }
  } else if ('approve' in marks) {
    for (const name of marks.approve) if (!known.has(name)) throw unknown(name)
    if (new Set(marks.approve).size !== marks.approve.length)
      throw invalid(`${paper} marks the same option twice.`)
    if (spec.maxApprovals !== null && marks.approve.length > spec.maxApprovals)
      throw invalid(
        `${paper} has ${marks.approve.length} marks but at most ${spec.maxApprovals} are allowed; if the paper really has them, record it as spoiled.`,
      )
  } else {
    for (const [name, grade] of Object.entries(marks.scores)) {
      if (!known.has(name)) throw unknown(name)
      if (grade >= spec.grades.length)
        throw invalid(
          `${paper} gives “${name}” grade number ${grade + 1}, but the scale has ${spec.grades.length}.`,
        )
    }
  }
}

/** Checks the per-table subtotals of a `counts` entry against the ballot. */
export function validateTables(spec: BallotSpec, tables: readonly TableCount[]): void {
  if (spec.entry !== 'counts')
    throw invalid('This ballot is entered paper by paper, not as totals per table.')
  const perGrade = spec.kind === 'scale' || spec.kind === 'majority-judgment'
  const width = perGrade ? spec.grades.length : 1
  const labels = new Set<string>()
  tables.forEach((table, i) => {
    const name = table.label || `Table ${i + 1}`
    if (labels.has(name)) throw invalid(`Two tables are called “${name}”.`)
    labels.add(name)
    for (const [option, votes] of Object.entries(table.votes)) {
      if (!spec.candidates.includes(option))
        throw invalid(`${name}: “${option}” is not one of the options of this ballot.`)
      if (votes.length !== width)
        throw invalid(
          perGrade
            ? `${name}: “${option}” needs one number per grade (${width}), not ${votes.length}.`
            : `${name}: “${option}” needs one number, not ${votes.length}.`,
        )
    }
    if (spec.kind === 'approval' && table.ballots !== null) {
      const unmarked = table.abstain + table.blank + table.spoiled
      if (unmarked > table.ballots)
        throw invalid(
          `${name}: ${unmarked} blank, spoiled or abstaining ballots but only ${table.ballots} ballots cast.`,
        )
      const valid = table.ballots - unmarked
      for (const [option, [marks = 0]] of Object.entries(table.votes))
        if (marks > valid)
          throw invalid(`${name}: ${marks} marks for “${option}” but only ${valid} valid ballots.`)
      const allMarks = Object.values(table.votes).reduce((s, [m = 0]) => s + m, 0)
      if (spec.maxApprovals !== null && allMarks > valid * spec.maxApprovals)
        throw invalid(
          `${name}: ${allMarks} marks on ${valid} valid ballots is more than ${spec.maxApprovals} per ballot.`,
        )
    }
  })
}
