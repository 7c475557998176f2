import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import { ballotKindFacts } from '../../shared/ballot-kinds.ts'
import type { Ballot, RecordedTieBreak, VoteVector } from '../../shared/vote-vector.ts'
import type { BallotSpec, PaperBallotView, TableCount } from '../../shared/votes.ts'
import type { Election } from '../tally/election.ts'
import { parseVoteVector } from '../tally/format/read-vote-vector.ts'

/** What the ballots of one count hold, before the method sees them. */
export type CountTotals = {
  /** Every ballot counted: valid + abstain + blank + spoiled. */
  cast: number
  /** Ballots given to the method (for several proposals on a scale: the most rated one). */
  valid: number
  abstain: number
  blank: number
  spoiled: number
}

/** The entries of one count, as the election is built from them. */
export type CountEntries = {
  tables: readonly TableCount[]
  /** The papers to count (the caller picks: agreed by both operators, or operator A's). */
  papers: readonly PaperBallotView[]
  present: number | null
  /** The seed of a `random` tie-break (null while none is drawn yet). */
  tieSeed: string | null
  /** Lots an earlier count (or an imported file) recorded, replayed when the same tie comes up. */
  tieBreaks: readonly RecordedTieBreak[]
}

/**
 * How a choice ballot with no choice is marked (shown beside the options in the result):
 * "abstain", or the ballot's own word in options.abstain_label (e.g. "no opinion").
 */
export const ABSTAIN = 'abstain'

export function abstainLabel(spec: BallotSpec): string {
  const label = spec.options['abstain_label']
  return typeof label === 'string' && label.trim() !== '' ? label.trim() : ABSTAIN
}
/** Members present who cast no ballot, when percentages are of every member present. */
export const NOT_VOTING = 'not voting'

const emptyTotals = (): CountTotals => ({ cast: 0, valid: 0, abstain: 0, blank: 0, spoiled: 0 })

/** Identical ballots are kept once with their count, as the format stores them. */
class BallotBox {
  private readonly byKey = new Map<string, Ballot>()
  add(ballot: Ballot): void {
    const key = JSON.stringify({ ...ballot, count: 0 })
    const held = this.byKey.get(key)
    if (held) held.count += ballot.count
    else this.byKey.set(key, { ...ballot })
  }
  list(): Ballot[] {
    return [...this.byKey.values()]
  }
}

function gradeProfiles(spec: BallotSpec): Record<string, number[]> {
  return Object.fromEntries(spec.candidates.map((c) => [c, new Array<number>(spec.grades.length).fill(0)]))
}

function addInto(target: number[], values: readonly number[]): void {
  values.forEach((v, i) => (target[i] = (target[i] ?? 0) + v))
}

/** A counts entry: the tables' subtotals summed into aggregated ballots or a grade profile. */
function fromTables(spec: BallotSpec, tables: readonly TableCount[]) {
  const totals = emptyTotals()
  const box = new BallotBox()
  let tally: Record<string, number[]> | null = null
  for (const table of tables) {
    totals.abstain += table.abstain
    totals.blank += table.blank
    totals.spoiled += table.spoiled
  }
  if (spec.kind === 'scale' || spec.kind === 'majority-judgment') {
    const profiles = gradeProfiles(spec)
    for (const table of tables)
      for (const [option, votes] of Object.entries(table.votes)) addInto(profiles[option] ?? [], votes)
    tally = profiles
    totals.valid = Math.max(0, ...Object.values(profiles).map((p) => p.reduce((a, b) => a + b, 0)))
  } else if (spec.kind === 'approval') {
    // `ballots` of a table: every ballot cast there (marks can exceed it), blank, spoiled and
    // abstaining ones included; the valid ones are the rest.
    for (const table of tables) {
      if (table.ballots !== null)
        totals.valid += Math.max(0, table.ballots - table.abstain - table.blank - table.spoiled)
      for (const [option, [marks = 0]] of Object.entries(table.votes))
        if (marks > 0) box.add({ approve: [option], count: marks })
    }
  } else {
    for (const table of tables)
      for (const [option, [votes = 0]] of Object.entries(table.votes))
        if (votes > 0) {
          box.add({ choice: option, count: votes })
          totals.valid += votes
        }
    if (totals.abstain > 0) box.add({ choice: null, marked: abstainLabel(spec), count: totals.abstain })
  }
  return { totals, ballots: box.list(), tally }
}

/** A score paper holds grade indexes; the score method counts the grades' values ("0" … "10"). */
function scoreValue(spec: BallotSpec, index: number): number {
  const value = Number(spec.grades[index])
  return Number.isFinite(value) ? value : index
}

/** A papers entry: each paper becomes a ballot; blank and spoiled papers are only counted. */
function fromPapers(spec: BallotSpec, papers: readonly PaperBallotView[]) {
  const totals = emptyTotals()
  const box = new BallotBox()
  const profiles = spec.kind === 'scale' || spec.kind === 'majority-judgment' ? gradeProfiles(spec) : null
  for (const paper of papers) {
    const { marks } = paper
    if (!marks) {
      if (paper.invalid?.kind === 'spoiled') totals.spoiled += 1
      else totals.blank += 1
      continue
    }
    if ('choice' in marks) {
      if (marks.choice === null) {
        totals.abstain += 1
        box.add({ choice: null, marked: abstainLabel(spec), count: 1 })
      } else {
        totals.valid += 1
        box.add({ choice: marks.choice, count: 1 })
      }
    } else if ('ranking' in marks) {
      // A ranking with no preference still goes to the method: ranked-count rules handle it
      // themselves (RCTab reports it as an undervote; some IRV rules count it in the majority).
      // A blank paper is recorded as blank instead.
      totals.valid += 1
      box.add({ ranking: marks.ranking.map((rank) => [...rank]), count: 1 })
    } else if ('approve' in marks) {
      if (marks.approve.length === 0) totals.abstain += 1
      else {
        totals.valid += 1
        box.add({ approve: [...marks.approve], count: 1 })
      }
    } else {
      const entries = Object.entries(marks.scores)
      if (entries.length === 0) totals.abstain += 1
      else {
        totals.valid += 1
        if (profiles)
          for (const [name, grade] of entries) addInto(profiles[name] ?? [], indexVector(spec, grade))
        else
          box.add({
            scores: Object.fromEntries(entries.map(([name, grade]) => [name, scoreValue(spec, grade)])),
            count: 1,
          })
      }
    }
  }
  return { totals, ballots: box.list(), tally: profiles }
}

function indexVector(spec: BallotSpec, grade: number): number[] {
  const v = new Array<number>(spec.grades.length).fill(0)
  v[grade] = 1
  return v
}

/**
 * Turns a ballot and the entries of one of its counts into a tally `Election` (validated by the
 * vote-vector reader, so the same checks apply as to an imported file), with the totals of the
 * ballots that never reach the method (abstentions, blank and spoiled papers).
 *
 * percentage_base "present" (every member present, voting or not) is not a base of the tally
 * core. Our reading: it is base "all" (every ballot, abstentions included) with the members
 * present who cast no valid vote or abstention (blank and spoiled papers, and those who did not
 * vote) added as abstentions marked "not voting", so that the base equals the members present.
 * It needs the number present; more votes than members present is refused.
 */
export function ballotElection(
  ballotId: number,
  spec: BallotSpec,
  entries: CountEntries,
): { election: Election; totals: CountTotals } {
  const built = spec.entry === 'counts' ? fromTables(spec, entries.tables) : fromPapers(spec, entries.papers)
  const { totals } = built
  totals.cast = totals.valid + totals.abstain + totals.blank + totals.spoiled
  const options = { ...spec.options }
  const ballots = [...built.ballots]
  if (options.percentage_base?.trim() === 'present') {
    if (entries.present === null) throw new AppError('invalid-input', msg('ballot.presentNeededForBase'))
    const voting = totals.valid + totals.abstain
    if (voting > entries.present)
      throw new AppError(
        'invalid-input',
        msg('ballot.votingAbovePresent', { voting, present: entries.present }),
      )
    options.percentage_base = 'all'
    if (entries.present > voting)
      ballots.push({ choice: null, marked: NOT_VOTING, count: entries.present - voting })
  }
  if (spec.tieBreak.trim() === 'random' && options.seed === undefined)
    options.seed = entries.tieSeed ?? `provisional:ballot-${ballotId}`
  const doc: VoteVector = {
    format: 'vote-vector/1',
    id: `ballot-${ballotId}`,
    title: spec.title,
    method: spec.method,
    options,
    seats: spec.seats,
    candidates: [...spec.candidates],
    ballot_type: ballotKindFacts[spec.kind].ballotTypes[0],
    ballots,
    rules: spec.rules,
  }
  if (spec.grades.length > 0) doc.grades = [...spec.grades]
  if (built.tally) doc.tally = built.tally
  if (spec.tieBreak) doc.tie_break = spec.tieBreak
  if (entries.tieBreaks.length > 0) doc.expected = { forced_tiebreaks: entries.tieBreaks }
  return { election: parseVoteVector(doc), totals }
}
