import { AppError, messageOfError } from '../../shared/errors.ts'
import { isMessageKey, msg, type Message } from '../../shared/messages.ts'
import { ballotKindFacts, type BallotKind } from '../../shared/ballot-kinds.ts'
import { methodFacts } from '../../shared/counting-methods.ts'
import {
  ballotSpecSchema,
  type BallotSpec,
  type BallotView,
  type PaperMarks,
  type TableCount,
} from '../../shared/votes.ts'
import type { Election } from '../tally/election.ts'
import { readVoteVector } from '../tally/format/read-vote-vector.ts'
import { strengthOf } from '../tally/methods/method.ts'
import { stvRuleOf } from '../tally/methods/stv.ts'
import type { Project } from '../project/project.ts'
import { insertBallot } from './ballot-repo.ts'
import { validateMarks } from './validate-entries.ts'
import { getBallotView } from './votes-view.ts'
import { setImportedCount, upsertPaper } from './vote-repo.ts'

function refuse(reason: Message): AppError {
  return new AppError('invalid-input', msg('voteImport.refused', { reason }))
}

function wholeCount(count: number, where: string): number {
  if (!Number.isInteger(count)) throw refuse(msg('voteImport.wholeBallots', { where, count }))
  return count
}

/** Score files may list no grades: the scores given (whole numbers from 0) become the scale. */
function gradesOf(election: Election, kind: BallotKind): string[] {
  if (election.grades.length > 0 || kind !== 'score') return election.grades.map(String)
  const values = election.scores.flatMap((b) => Object.values(b.scores))
  const top = Math.max(0, ...values)
  if (!values.every((v) => Number.isInteger(v) && v >= 0) || top > 19)
    throw refuse(msg('voteImport.scoresNoGrades'))
  return Array.from({ length: top + 1 }, (_, i) => String(i))
}

/**
 * A ballot has no free-text method_variant: what the tally core reads from it (the STV rule,
 * the strength of a Condorcet method) is written into the options, so the count stays the same;
 * so is the word the file uses for abstentions ("no opinion").
 */
function explicitOptions(election: Election): Election['options'] {
  const options = { ...election.options }
  if (election.method === 'stv' && options.transfer === undefined && !election.rules.rctab)
    options.transfer = stvRuleOf(election)
  const readsStrength = methodFacts(election.method).strengths.length > 0
  if (readsStrength && options.strength === undefined && election.methodVariant)
    options.strength = strengthOf(election)
  const marked = new Set(
    election.choices
      .filter((b) => b.choice === null && b.marked !== 'blank' && b.marked !== 'spoiled')
      .map((b) => b.marked ?? 'abstain'),
  )
  const [label] = [...marked]
  if (
    marked.size === 1 &&
    label !== undefined &&
    label !== 'abstain' &&
    options['abstain_label'] === undefined
  )
    options['abstain_label'] = label
  return options
}

function specFor(election: Election): BallotSpec {
  const doc = election.document
  const kind = methodFacts(election.method).kind
  if (!kind) throw refuse(msg('voteImport.severalMethods', { method: election.method }))
  if (!ballotKindFacts[kind].ballotTypes.includes(election.ballotType))
    throw refuse(msg('voteImport.methodOverType', { method: election.method, type: election.ballotType }))
  const aggregated = election.tally !== null || kind === 'yes-no' || kind === 'choice'
  if (election.tally !== null && election.scores.length > 0) throw refuse(msg('voteImport.tallyAndBallots'))
  const parsed = ballotSpecSchema.safeParse({
    title: (doc.title ?? doc.id).slice(0, 300),
    kind,
    method: election.method,
    entry: aggregated ? 'counts' : 'papers',
    candidates: election.candidates,
    grades: gradesOf(election, kind),
    seats: election.seats,
    maxApprovals: null,
    options: explicitOptions(election),
    rules: election.rules,
    tieBreak: election.tieBreak.slice(0, 100),
    quorum: null,
    opensAfter: null,
  })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw refuse(
      msg('voteImport.field', {
        field: issue?.path.join('.') ?? '',
        problem: !issue
          ? msg('voteImport.notValidBallot')
          : isMessageKey(issue.message)
            ? msg(issue.message)
            : msg('common.text', { text: issue.message }),
      }),
    )
  }
  return parsed.data
}

/** The file's choices or tally as one table of totals. */
function importedTable(election: Election, spec: BallotSpec): TableCount {
  const table: TableCount = { label: 'Imported', votes: {}, abstain: 0, blank: 0, spoiled: 0, ballots: null }
  if (election.tally) {
    for (const [name, counts] of Object.entries(election.tally))
      table.votes[name] = counts.map((c) => wholeCount(c, `The tally of “${name}”`))
    return table
  }
  for (const name of spec.candidates) table.votes[name] = [0]
  election.choices.forEach((ballot, i) => {
    const n = wholeCount(ballot.count, `ballots[${i}]`)
    if (ballot.choice !== null) table.votes[ballot.choice] = [(table.votes[ballot.choice]?.[0] ?? 0) + n]
    else if (ballot.marked === 'blank') table.blank += n
    else if (ballot.marked === 'spoiled') table.spoiled += n
    else table.abstain += n
  })
  return table
}

/** The file's individual ballots, one paper per ballot (a ballot with count 3 is three papers). */
function importedPapers(election: Election, spec: BallotSpec): PaperMarks[] {
  const papers: PaperMarks[] = []
  const add = (marks: PaperMarks, count: number, i: number) => {
    const n = wholeCount(count, `ballots[${i}]`)
    if (papers.length + n > 1_000_000) throw refuse(msg('voteImport.tooManyBallots'))
    validateMarks(spec, marks, papers.length + 1)
    for (let k = 0; k < n; k++) papers.push(marks)
  }
  election.rankings.forEach((b, i) => add({ ranking: b.ranking }, b.count, i))
  election.approvals.forEach((b, i) => add({ approve: b.approve }, b.count, i))
  election.scores.forEach((b, i) => {
    const scores: Record<string, number> = {}
    for (const [name, value] of Object.entries(b.scores)) {
      const grade = spec.grades.indexOf(String(value))
      if (grade < 0) throw refuse(msg('voteImport.gradeNotListed', { index: i, name, value }))
      scores[name] = grade
    }
    add({ scores }, b.count, i)
  })
  return papers
}

/**
 * A new ballot from a vote-vector/1 file: its kind and way of entry follow the file's method and
 * ballot type. Individual ballots become a papers count typed identically by operators A and B
 * (so it is reconciled); a pre-aggregated tally or single-choice ballots become one table of
 * totals. The lots the file recorded are replayed by the count. What cannot be represented is
 * refused with the reason; nothing is written then.
 */
export async function importBallotVector(
  project: Project,
  recommendationId: number | null,
  text: string,
): Promise<BallotView> {
  const election = readVoteVector(text)
  const spec = specFor(election)
  let table: TableCount | null = null
  let papers: PaperMarks[] = []
  try {
    if (spec.entry === 'counts') table = importedTable(election, spec)
    else papers = importedPapers(election, spec)
  } catch (error) {
    if (error instanceof AppError && error.key !== 'voteImport.refused') throw refuse(messageOfError(error))
    throw error
  }
  const { sqlite } = project
  const at = project.timestamp()
  return project.write(() => {
    const id = insertBallot(project, recommendationId, spec, `vote-vector:${election.id}`)
    setImportedCount(sqlite, id, table ? [table] : [], election.recordedTieBreaks)
    papers.forEach((marks, i) => {
      const paper = { number: i + 1, marks, invalid: null, enteredAt: at }
      upsertPaper(sqlite, { ballotId: id, countNo: 1, operator: 'A' }, paper)
      upsertPaper(sqlite, { ballotId: id, countNo: 1, operator: 'B' }, paper)
    })
    return getBallotView(sqlite, id)
  })
}
