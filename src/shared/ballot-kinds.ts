/**
 * The kinds of ballot the ballot builder offers, and what each kind is made of: how its votes
 * come in and the shape its ballots take in a vote-vector/1 file. Which methods count a kind is
 * in counting-methods.ts.
 */

export const ballotKinds = [
  'yes-no',
  'scale',
  'choice',
  'approval',
  'score',
  'majority-judgment',
  'ranking',
] as const
export type BallotKind = (typeof ballotKinds)[number]

/**
 * How votes come in: `counts` are totals per option (show of hands, or paper ballots sorted into
 * piles), typed in per table; `papers` are individual ballots typed in one by one, twice.
 */
export const entryModes = ['counts', 'papers'] as const
export type EntryMode = (typeof entryModes)[number]

/** The shapes a vote-vector/1 file stores ballots in (`ballot_type`). */
export const ballotTypes = ['ranking', 'scores', 'approval', 'choice', 'grades', 'scale'] as const
export type BallotType = (typeof ballotTypes)[number]

type KindFacts = {
  /** How its votes may be entered; the first is the default. Ranked and score ballots only as papers. */
  entry: readonly EntryMode[]
  /** The file ballot types it is read from; the first is the one it is written as. */
  ballotTypes: readonly [BallotType, ...BallotType[]]
  /** What one paper holds: one choice, a ranking, approvals, or a grade per option. */
  marks: 'choice' | 'ranking' | 'approve' | 'scores'
  /** Voters grade every option on a list of grades (worst first) that the ballot names. */
  graded: boolean
}

export const ballotKindFacts: Record<BallotKind, KindFacts> = {
  'yes-no': { entry: ['counts', 'papers'], ballotTypes: ['choice'], marks: 'choice', graded: false },
  scale: {
    entry: ['counts', 'papers'],
    ballotTypes: ['scale', 'scores', 'grades'],
    marks: 'scores',
    graded: true,
  },
  choice: { entry: ['counts', 'papers'], ballotTypes: ['choice'], marks: 'choice', graded: false },
  approval: { entry: ['counts', 'papers'], ballotTypes: ['approval'], marks: 'approve', graded: false },
  score: { entry: ['papers'], ballotTypes: ['scores'], marks: 'scores', graded: true },
  'majority-judgment': {
    entry: ['counts', 'papers'],
    ballotTypes: ['grades', 'scores', 'scale'],
    marks: 'scores',
    graded: true,
  },
  ranking: { entry: ['papers'], ballotTypes: ['ranking'], marks: 'ranking', graded: false },
}
