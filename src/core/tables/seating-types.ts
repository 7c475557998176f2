/** The table plan's inputs and result, as the algorithm sees them (ids are strings, tables 0-based). */

export type SeatingMember = {
  id: string
  /** One value per diversified field, in the order of the request's `fields` ('' when unknown). */
  values: readonly string[]
  /** Members with the same non-empty cluster value sit at the same table. */
  cluster: string
}

export type SeatingPin = { member: string; table: number }

/** One session (round): who is there to be seated, and who is fixed to which table. */
export type SeatingRound = {
  present: readonly string[]
  pins?: readonly SeatingPin[]
}

export type SeatingPair = readonly [string, string]

export type SeatingRequest = {
  members: readonly SeatingMember[]
  /** The diversified fields' names (for messages and scores). */
  fields: readonly string[]
  tableCount: number
  rounds: readonly SeatingRound[]
  /** What one repeat meeting costs against one unit of balance (L1). */
  encounterWeight: number
  /** Pairs who never share a table (a safeguarding note). */
  apart: readonly SeatingPair[]
  /** Pairs who always share a table (a carer, an interpreter). */
  together: readonly SeatingPair[]
  /** Tables of sessions already held or fixed, counted as past meetings. */
  history?: readonly (readonly (readonly string[])[])[]
  seed: string
  /** The rounds' names for messages (a session's title); "round N" otherwise. */
  roundNames?: readonly string[]
  /** Improving swaps per member and round (default 400). */
  effort?: number
}

export type { SeatingScores } from '../../shared/seating-scores.ts'

export type SeatingControl = {
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal
}
