import type Database from 'better-sqlite3'
import { msg, type Message } from '../../shared/messages.ts'
import type { PaperBallotView } from '../../shared/votes.ts'
import type { RecordMismatch } from '../../shared/verify.ts'
import { ballotSettingsHash, countEntriesHash } from '../votes/count-fingerprint.ts'
import { evaluateCount } from '../votes/evaluate-count.ts'
import { resultRecord } from '../votes/finalise-count.ts'
import {
  listBallots,
  listCounts,
  listPapers,
  type StoredBallot,
  type StoredCount,
} from '../votes/vote-repo.ts'
import { text, type LoggedAct } from './log-entries.ts'

type Finalised = { seq: number; payload: Record<string, unknown> }
const countKey = (ballot: unknown, count: unknown) => `${text(ballot)}:${text(count)}`

/**
 * Every ballot in the file must have its creation in the log. Every count the log says was finalised must still be final (or superseded by a recorded
 * recount), with the recorded result, entries and ballot settings; every final count is recounted
 * from its stored entries and must give the recorded result again.
 */
export function checkCounts(
  sqlite: Database.Database,
  acts: LoggedAct[],
): { checked: number; mismatches: RecordMismatch[]; notCovered: Message[] } {
  const finals = new Map<string, Finalised>()
  const recounted = new Set<string>()
  const created = new Set<string>()
  for (const { seq, kind, payload } of acts) {
    if (kind === 'votes.ballot.created') created.add(text(payload['ballot']))
    if (kind === 'votes.count.final')
      finals.set(countKey(payload['ballot'], payload['count']), { seq, payload })
    if (kind === 'votes.count.recount') recounted.add(countKey(payload['ballot'], payload['recounts']))
  }
  const mismatches: RecordMismatch[] = []
  const notCovered: Message[] = []
  let checked = 0
  for (const ballot of listBallots(sqlite)) {
    if (!created.has(text(ballot.id)))
      mismatches.push({
        record: `ballot ${ballot.id}`,
        expected: 'created in the log',
        found: 'absent from the log',
        why: msg('verify.ballotNotInLog', { ballot: ballot.spec.title }),
      })
    for (const count of listCounts(sqlite, ballot.id)) {
      const key = countKey(ballot.id, count.countNo)
      const logged = finals.get(key)
      finals.delete(key)
      const names = { ballot: ballot.spec.title, count: count.countNo }
      const record = `ballot ${ballot.id} count ${count.countNo}`
      const push = (what: string, expected: string, found: string, why: Message) =>
        mismatches.push({ record: what ? `${record}: ${what}` : record, expected, found, why })
      if (count.status === 'entering') {
        if (logged) push('status', 'final', 'entering', msg('verify.countReopened', names))
        continue
      }
      checked++
      if (!logged) {
        push('status', 'entering', count.status, msg('verify.countNotInLog', names))
        continue
      }
      const papers = {
        a: listPapers(sqlite, ballot.id, count.countNo, 'A'),
        b: listPapers(sqlite, ballot.id, count.countNo, 'B'),
      }
      if (count.status === 'superseded' && !recounted.has(key))
        push('status', 'final', 'superseded', msg('verify.countSuperseded', names))
      const expectedResult = text(logged.payload['resultHash'])
      const storedResult = count.result ? resultRecord(count.result).hash : 'none'
      if (count.resultHash !== expectedResult || storedResult !== expectedResult)
        push('result', expectedResult, storedResult, msg('verify.countResult', names))
      const entries = logged.payload['entriesHash']
      const settings = logged.payload['settingsHash']
      if (entries === undefined || settings === undefined) {
        notCovered.push(msg('verify.countEntriesNotCovered', names))
      } else {
        const entriesNow = countEntriesHash(count, papers)
        if (entriesNow !== entries)
          push('entries', text(entries), entriesNow, msg('verify.countEntries', names))
        const settingsNow = ballotSettingsHash(ballot.spec, ballot.recommendationId)
        if (count.status === 'final' && settingsNow !== settings)
          push('ballot settings', text(settings), settingsNow, msg('verify.ballotSettings', names))
      }
      if (count.status === 'final') {
        const again = recountHash(ballot, count, papers)
        if (again !== expectedResult)
          push('recount', expectedResult, again, msg('verify.countRecount', names))
      }
    }
  }
  for (const [key, { seq }] of finals)
    mismatches.push({
      record: `ballot ${key.replace(':', ' count ')}`,
      expected: 'final',
      found: 'absent',
      why: msg('verify.countMissing', { seq }),
    })
  return { checked, mismatches, notCovered }
}

/** The result of counting the stored entries again, hashed as the log records results. */
function recountHash(
  ballot: StoredBallot,
  count: StoredCount,
  papers: { a: PaperBallotView[]; b: PaperBallotView[] },
): string {
  const evaluation = evaluateCount(ballot.id, ballot.spec, count, papers, {
    compute: true,
    tieSeed: count.tieSeed,
  })
  return evaluation.result && evaluation.refusals.length === 0
    ? resultRecord(evaluation.result).hash
    : 'no result'
}
