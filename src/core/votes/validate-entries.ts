import { AppError } from '../../shared/errors.ts'
import { msg, type Message, type MessageKey, type MessageParams } from '../../shared/messages.ts'
import { ballotKindFacts } from '../../shared/ballot-kinds.ts'
import type { BallotSpec, PaperMarks, TableCount } from '../../shared/votes.ts'
import { OVERVOTE_LABEL } from '../tally/format/read-vote-vector.ts'

function invalid(key: MessageKey, params?: MessageParams): AppError {
  return new AppError('invalid-input', msg(key, params))
}

/** How a table is named in messages: its label, or "Table 3". */
export function tableName(label: string, index: number): string | Message {
  return label || msg('ballot.table', { number: index + 1 })
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
  const paper = number === undefined ? msg('ballot.thisBallot') : msg('ballot.numbered', { number })
  const known = new Set(spec.candidates)
  const unknown = (name: string) => invalid('ballot.unknownOption', { paper, name })
  const expected = ballotKindFacts[spec.kind].marks
  if (shapeOf(marks) !== expected) throw invalid('ballot.wrongShape', { paper, kind: spec.kind, expected })
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
      throw invalid('ballot.sameOptionTwice', { paper })
    if (spec.maxApprovals !== null && marks.approve.length > spec.maxApprovals)
      throw invalid('ballot.tooManyMarks', { paper, marks: marks.approve.length, max: spec.maxApprovals })
  } else {
    for (const [name, grade] of Object.entries(marks.scores)) {
      if (!known.has(name)) throw unknown(name)
      if (grade >= spec.grades.length)
        throw invalid('ballot.gradeOutOfScale', { paper, name, grade: grade + 1, grades: spec.grades.length })
    }
  }
}

/** Checks the per-table subtotals of a `counts` entry against the ballot. */
export function validateTables(spec: BallotSpec, tables: readonly TableCount[]): void {
  if (spec.entry !== 'counts') throw invalid('ballot.papersNotCounts')
  const perGrade = spec.kind === 'scale' || spec.kind === 'majority-judgment'
  const width = perGrade ? spec.grades.length : 1
  const labels = new Set<string>()
  tables.forEach((table, i) => {
    const name = tableName(table.label, i)
    const label = table.label || `Table ${i + 1}`
    if (labels.has(label)) throw invalid('ballot.tableTwice', { name })
    labels.add(label)
    for (const [option, votes] of Object.entries(table.votes)) {
      if (!spec.candidates.includes(option))
        throw invalid('ballot.tableUnknownOption', { table: name, option })
      if (votes.length !== width)
        throw perGrade
          ? invalid('ballot.tableNumberPerGrade', { table: name, option, width, got: votes.length })
          : invalid('ballot.tableOneNumber', { table: name, option, got: votes.length })
    }
    if (spec.kind === 'approval' && table.ballots !== null) {
      const unmarked = table.abstain + table.blank + table.spoiled
      if (unmarked > table.ballots)
        throw invalid('ballot.tableUnmarked', { table: name, unmarked, ballots: table.ballots })
      const valid = table.ballots - unmarked
      for (const [option, [marks = 0]] of Object.entries(table.votes))
        if (marks > valid) throw invalid('ballot.tableMarksAboveValid', { table: name, marks, option, valid })
      const allMarks = Object.values(table.votes).reduce((s, [m = 0]) => s + m, 0)
      if (spec.maxApprovals !== null && allMarks > valid * spec.maxApprovals)
        throw invalid('ballot.tableMarksPerBallot', {
          table: name,
          marks: allMarks,
          valid,
          max: spec.maxApprovals,
        })
    }
  })
}
