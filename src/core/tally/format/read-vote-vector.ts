import type { z } from 'zod'
import { AppError } from '../../../shared/errors.ts'
import { msg, type MessageKey, type MessageParams } from '../../../shared/messages.ts'
import type { Election } from '../election.ts'
import { checkRuleForms } from './rule-forms.ts'
import {
  recordedTieBreakSchema,
  voteVectorSchema,
  type Ballot,
  type RecordedTieBreak,
  type VoteVector,
} from '../../../shared/vote-vector.ts'

/** The label ES&S CVRs use for an overvote whose marks were not recorded. */
export const OVERVOTE_LABEL = '#overvote'

function invalid(key: MessageKey, params?: MessageParams): AppError {
  return new AppError('invalid-input', msg(key, params))
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`
    return text ? `${text}.${String(key)}` : String(key)
  }, '')
}

function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const where = issuePath(issue.path)
    return where ? `${where}: ${issue.message}` : issue.message
  })
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : ''
  return shown.join('; ') + more
}

/** Reads an election from the text of a vote-vector/1 file. Throws AppError('invalid-input'). */
export function readVoteVector(text: string): Election {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw invalid('voteVector.notJson', { detail: (error as Error).message })
  }
  return parseVoteVector(value)
}

function ballotKind(ballot: Ballot): 'ranking' | 'scores' | 'approval' | 'choice' {
  if ('ranking' in ballot) return 'ranking'
  if ('scores' in ballot) return 'scores'
  if ('approve' in ballot) return 'approval'
  return 'choice'
}

/** Which ballot shape each ballot_type expects ('grades' and 'scale' use scores or a tally). */
const shapeForType: Record<VoteVector['ballot_type'], ReturnType<typeof ballotKind>> = {
  ranking: 'ranking',
  scores: 'scores',
  grades: 'scores',
  scale: 'scores',
  approval: 'approval',
  choice: 'choice',
}

function checkNames(doc: VoteVector, known: Set<string>): void {
  const unknown = (name: string, where: string) => invalid('voteVector.unknownName', { where, name })
  ;(doc.ballots ?? []).forEach((ballot, i) => {
    const where = `ballots[${i}]`
    if ('ranking' in ballot) {
      for (const position of ballot.ranking)
        for (const name of position) {
          if (name === OVERVOTE_LABEL) {
            if (position.length !== 1)
              throw invalid('voteVector.overvoteAlone', { where, label: OVERVOTE_LABEL })
            continue
          }
          if (!known.has(name)) throw unknown(name, where)
        }
    } else if ('scores' in ballot) {
      for (const name of Object.keys(ballot.scores)) if (!known.has(name)) throw unknown(name, where)
    } else if ('approve' in ballot) {
      for (const name of ballot.approve) if (!known.has(name)) throw unknown(name, where)
    } else if (ballot.choice !== null && !known.has(ballot.choice)) {
      throw unknown(ballot.choice, where)
    }
  })
}

function checkConsistency(doc: VoteVector): void {
  const known = new Set(doc.candidates)
  if (known.size !== doc.candidates.length) throw invalid('voteVector.candidateTwice')
  for (const name of doc.rules?.excluded_candidates ?? [])
    if (known.has(name)) throw invalid('voteVector.excludedIsCandidate', { name })
  const seats = doc.seats ?? 1
  if (seats > doc.candidates.length)
    throw invalid('voteVector.seatsAboveCandidates', { seats, candidates: doc.candidates.length })
  if (!doc.ballots && !doc.tally) throw invalid('voteVector.noBallots')
  const expectedShape = shapeForType[doc.ballot_type]
  ;(doc.ballots ?? []).forEach((ballot, i) => {
    const kind = ballotKind(ballot)
    if (kind !== expectedShape)
      throw invalid('voteVector.wrongShape', { index: i, kind, type: doc.ballot_type })
  })
  // Ballots may still name candidates excluded from the count (RCTab's excluded candidates).
  checkNames(doc, new Set([...known, ...(doc.rules?.excluded_candidates ?? [])]))
  if (doc.tally) {
    const grades = doc.grades?.length
    if (!grades) throw invalid('voteVector.tallyNeedsGrades')
    for (const [name, counts] of Object.entries(doc.tally)) {
      if (!known.has(name)) throw invalid('voteVector.tallyUnknownName', { name })
      if (counts.length !== grades)
        throw invalid('voteVector.tallyWidth', { name, counts: counts.length, grades })
    }
  }
  if (doc.grades && new Set(doc.grades.map(String)).size !== doc.grades.length)
    throw invalid('voteVector.gradeTwice')
}

function recordedTieBreaks(doc: VoteVector): RecordedTieBreak[] {
  const raw = doc.expected?.['forced_tiebreaks']
  if (raw === undefined) return []
  const parsed = recordedTieBreakSchema.array().safeParse(raw)
  if (!parsed.success) throw invalid('voteVector.forcedTiebreaks', { detail: describeIssues(parsed.error) })
  return parsed.data
}

/** Validates a parsed JSON value as a vote-vector/1 election. Throws AppError('invalid-input'). */
export function parseVoteVector(value: unknown): Election {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalid('voteVector.notObject')
  const format = (value as Record<string, unknown>)['format']
  if (format !== 'vote-vector/1')
    throw format === undefined
      ? invalid('voteVector.formatMissing')
      : invalid('voteVector.formatWrong', { format: JSON.stringify(format) })
  const parsed = voteVectorSchema.safeParse(value)
  if (!parsed.success) throw invalid('voteVector.notValid', { detail: describeIssues(parsed.error) })
  const doc = parsed.data
  checkConsistency(doc)
  checkRuleForms(doc)
  const ballots = doc.ballots ?? []
  return {
    id: doc.id,
    title: doc.title ?? doc.id,
    method: doc.method,
    methodVariant: doc.method_variant ?? '',
    options: doc.options ?? {},
    seats: doc.seats ?? 1,
    candidates: doc.candidates,
    ballotType: doc.ballot_type,
    grades: doc.grades ?? [],
    rankings: ballots.filter((b) => 'ranking' in b),
    scores: ballots.filter((b) => 'scores' in b),
    approvals: ballots.filter((b) => 'approve' in b),
    choices: ballots.filter((b) => 'choice' in b),
    tally: doc.tally ?? null,
    rules: doc.rules ?? {},
    tieBreak: doc.tie_break ?? '',
    recordedTieBreaks: recordedTieBreaks(doc),
    document: doc,
  }
}
