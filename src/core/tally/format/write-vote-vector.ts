import type { Election } from '../election.ts'
import { appliedOptions } from './applied-rules.ts'
import type { TallyResult } from '../../../shared/tally-result.ts'
import type { VoteVector } from '../../../shared/vote-vector.ts'

/**
 * Exports an election as a vote-vector/1 document, so a count can be cross-checked in another
 * tool. Every rule the count applies is written out, defaults included (applied-rules.ts). With a
 * result, the result becomes the document's `expected` block.
 */
export function toVoteVector(election: Election, result?: TallyResult): VoteVector {
  const ballots = [...election.rankings, ...election.scores, ...election.approvals, ...election.choices]
  const doc: VoteVector = {
    format: 'vote-vector/1',
    id: election.id,
    title: election.title,
    method: election.method,
    seats: election.seats,
    candidates: [...election.candidates],
    ballot_type: election.ballotType,
  }
  if (election.methodVariant) doc.method_variant = election.methodVariant
  const options = appliedOptions(election)
  if (Object.keys(options).length > 0) doc.options = options
  if (election.grades.length > 0) doc.grades = [...election.grades]
  if (ballots.length > 0) doc.ballots = ballots
  if (election.tally) doc.tally = election.tally
  if (Object.keys(election.rules).length > 0) doc.rules = election.rules
  if (election.tieBreak) doc.tie_break = election.tieBreak
  const expected = result ? stripUndefined(result) : election.document.expected
  if (expected) doc.expected = expected
  for (const key of ['source', 'verification', 'notes', 'tags'] as const) {
    const value = election.document[key]
    if (value !== undefined) Object.assign(doc, { [key]: value })
  }
  return doc
}

/** The exported document as text, two-space indented and newline-terminated. */
export function writeVoteVector(election: Election, result?: TallyResult): string {
  return `${JSON.stringify(toVoteVector(election, result), null, 2)}\n`
}

function stripUndefined(result: TallyResult): Record<string, unknown> {
  return JSON.parse(JSON.stringify(result)) as Record<string, unknown>
}
