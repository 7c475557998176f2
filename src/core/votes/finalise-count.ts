import { createHash, randomBytes } from 'node:crypto'
import { AppError } from '../../shared/errors.ts'
import { english, msg, sentences } from '../../shared/messages.ts'
import type { TallyResult } from '../../shared/tally-result.ts'
import type { RecordedTieBreak } from '../../shared/vote-vector.ts'
import type { BallotView } from '../../shared/votes.ts'
import { appendAudit, canonicalJson } from '../audit/audit-log.ts'
import type { Project } from '../project/project.ts'
import { ballotSettingsHash, countEntriesHash } from './count-fingerprint.ts'
import { evaluateCount } from './evaluate-count.ts'
import { ballotState, notOpenYet } from './sequence.ts'
import { getBallotView, sequenceLookup } from './votes-view.ts'
import {
  currentCount,
  getBallot,
  insertCount,
  listPapers,
  markSuperseded,
  recordFinalCount,
  type StoredCount,
} from './vote-repo.ts'

/** The recorded result as canonical JSON (RFC 8785) and its SHA-256, as the audit log hashes. */
export function resultRecord(result: TallyResult): { json: string; hash: string } {
  const json = canonicalJson(JSON.parse(JSON.stringify(result)))
  return { json, hash: createHash('sha256').update(json, 'utf8').digest('hex') }
}

/** A fresh seed for a tie decided by lot: 128 random bits, recorded with the count. */
export function generatedSeed(): string {
  return randomBytes(16).toString('hex')
}

export type FinaliseOptions = {
  /** Where a `random` tie-break's seed comes from (the demo passes a deterministic one). */
  newSeed?: () => string
}

/**
 * Records the result of the current count: refused, with the reasons in plain words, while the
 * two entries differ, votes are missing, the quorum is not met or the ballot is not open yet.
 * The result and its SHA-256 go into the count and into the audit log (`votes.count.final`);
 * a `random` tie-break gets its seed now (or keeps the one of the count it recounts).
 */
export async function finaliseCount(
  project: Project,
  ballotId: number,
  options: FinaliseOptions = {},
): Promise<BallotView> {
  const { sqlite } = project
  const at = project.timestamp()
  return project.write(() => {
    const ballot = getBallot(sqlite, ballotId)
    const count = currentCount(sqlite, ballotId)
    if (count.status !== 'entering')
      throw new AppError('invalid-input', msg('count.alreadyFinal', { count: count.countNo }))
    const { state, waitingFor } = ballotState(ballot, count, sequenceLookup(sqlite))
    if (state === 'waiting') throw notOpenYet(waitingFor)
    const random = ballot.spec.tieBreak.trim() === 'random' && ballot.spec.options.seed === undefined
    const tieSeed = random ? (count.tieSeed ?? (options.newSeed ?? generatedSeed)()) : count.tieSeed
    const papers = {
      a: listPapers(sqlite, ballotId, count.countNo, 'A'),
      b: listPapers(sqlite, ballotId, count.countNo, 'B'),
    }
    const evaluation = evaluateCount(ballotId, ballot.spec, count, papers, { compute: true, tieSeed })
    if (evaluation.refusals.length > 0 || !evaluation.result)
      throw new AppError(
        'invalid-input',
        msg('count.notFinal', {
          reasons: evaluation.refusals.length > 0 ? sentences(evaluation.refusals) : msg('count.noResult'),
        }),
      )
    const { json, hash } = resultRecord(evaluation.result)
    recordFinalCount(
      sqlite,
      { ballotId, countNo: count.countNo },
      {
        result: json,
        resultHash: hash,
        tieSeed,
        at,
        present: count.present,
        presentSessionId: count.presentFrom.typed ? null : (count.presentFrom.session?.id ?? null),
      },
    )
    const { totals } = evaluation
    const result = evaluation.result
    appendAudit(sqlite, {
      kind: 'votes.count.final',
      at,
      payload: {
        ballot: ballotId,
        title: ballot.spec.title,
        method: ballot.spec.method,
        count: count.countNo,
        resultHash: hash,
        settingsHash: ballotSettingsHash(ballot.spec, ballot.recommendationId),
        entriesHash: countEntriesHash({ ...count, tieSeed }, papers),
        present: count.present,
        ...presentSource(count),
        totals,
        winners: result.winners,
        ...(result.passes === undefined ? {} : { passes: result.passes }),
        ...(result.band === undefined ? {} : { band: result.band }),
        ...(tieSeed === null ? {} : { tieSeed }),
        ...(result.tie_breaks?.length ? { tieBreaks: result.tie_breaks } : {}),
      },
    })
    return getBallotView(sqlite, ballotId)
  })
}

/**
 * Starts a new count of a decided ballot: the final count is marked superseded and kept, the new
 * one starts empty with the same members present, the same lot seed, and the lots the earlier
 * count drew replayed if the same tie comes up again.
 */
export async function recount(project: Project, ballotId: number, reason: string): Promise<BallotView> {
  const { sqlite } = project
  const at = project.timestamp()
  return project.write(() => {
    getBallot(sqlite, ballotId)
    const count = currentCount(sqlite, ballotId)
    if (count.status !== 'final') throw new AppError('invalid-input', msg('count.recountOnlyFinal'))
    markSuperseded(sqlite, { ballotId, countNo: count.countNo })
    const lots: RecordedTieBreak[] = (count.result?.tie_breaks ?? []).map((t) => ({
      round: t.round,
      kind: t.kind,
      among: t.among,
      chosen: t.chosen,
      how: english(msg('ties.recordedByCount', { count: count.countNo })),
    }))
    insertCount(sqlite, {
      ballotId,
      countNo: count.countNo + 1,
      reason,
      present: count.present,
      presentFrom: {
        typed: count.presentFrom.typed,
        sessionId: count.presentFrom.typed ? null : (count.presentFrom.session?.id ?? null),
      },
      declaredTotal: count.declaredTotal,
      tieSeed: count.tieSeed,
      tieBreaks: [...count.tieBreaks.filter((t) => !lots.some((l) => sameTie(l, t))), ...lots],
      startedAt: at,
    })
    appendAudit(sqlite, {
      kind: 'votes.count.recount',
      at,
      payload: { ballot: ballotId, count: count.countNo + 1, recounts: count.countNo, reason },
    })
    return getBallotView(sqlite, ballotId)
  })
}

function sameTie(a: RecordedTieBreak, b: RecordedTieBreak): boolean {
  return (
    a.round === b.round &&
    a.kind === b.kind &&
    [...a.among].sort().join('\n') === [...b.among].sort().join('\n')
  )
}

/** In the audit entry of a final count: where its members present came from. */
function presentSource(count: StoredCount): { presentFrom?: 'typed' | { session: number } } {
  if (count.present === null) return {}
  if (count.presentFrom.typed || count.presentFrom.session === null) return { presentFrom: 'typed' }
  return { presentFrom: { session: count.presentFrom.session.id } }
}
