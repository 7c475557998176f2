import type Database from 'better-sqlite3'
import { msg } from '../../shared/messages.ts'
import type { RecordMismatch } from '../../shared/verify.ts'
import { canonicalJson } from '../audit/audit-log.ts'
import { lockedQuotas, quotaTable } from '../quotas/quota-repo.ts'
import { text, type LoggedAct } from './log-entries.ts'

type Quota = { category: string; value: string }
const key = (q: Quota) => `${q.category}=${q.value}`

/** Locked quotas must be exactly the ones the lock recorded; each differing quota is named. */
export function checkQuotas(sqlite: Database.Database, acts: LoggedAct[]): RecordMismatch[] {
  const lock = acts.filter((a) => a.kind === 'quotas.locked').at(-1)
  const table = quotaTable(sqlite)
  if (!table.lockedAt) {
    if (!lock) return []
    return [
      {
        record: 'quotas',
        expected: 'locked',
        found: 'not locked',
        why: msg('verify.quotasUnlocked', { seq: lock.seq }),
      },
    ]
  }
  if (!lock)
    return [{ record: 'quotas', expected: 'no lock', found: 'locked', why: msg('verify.quotasNotInLog') }]
  const now = lockedQuotas(table)
  const recorded = Array.isArray(lock.payload['quotas']) ? (lock.payload['quotas'] as Quota[]) : []
  const mismatches: RecordMismatch[] = []
  if (text(lock.payload['panelSize']) !== text(now.panelSize))
    mismatches.push({
      record: 'quotas: panel size',
      expected: text(lock.payload['panelSize']),
      found: text(now.panelSize),
      why: msg('verify.panelSizeChanged'),
    })
  const current = new Map(now.quotas.map((q) => [key(q), q]))
  for (const before of recorded) {
    const after = current.get(key(before))
    current.delete(key(before))
    const expected = canonicalJson(before)
    const found = after ? canonicalJson(after) : 'absent'
    if (expected !== found)
      mismatches.push({
        record: `quota ${key(before)}`,
        expected,
        found,
        why: msg('verify.quotaChanged', { category: before.category, value: before.value }),
      })
  }
  for (const extra of current.values())
    mismatches.push({
      record: `quota ${key(extra)}`,
      expected: 'absent',
      found: canonicalJson(extra),
      why: msg('verify.quotaChanged', { category: extra.category, value: extra.value }),
    })
  return mismatches
}
