import type Database from 'better-sqlite3'
import { msg, type Message } from '../../shared/messages.ts'
import type { RecordMismatch } from '../../shared/verify.ts'
import { poolFingerprint } from '../pool/pool-fingerprint.ts'
import { text, type LoggedAct } from './log-entries.ts'

const POOL_KINDS = new Set(['pool.imported', 'pool.person-added'])

/** The pool as the draw reads it must be the one fingerprinted at its last import or addition. */
export function checkPool(
  sqlite: Database.Database,
  acts: LoggedAct[],
): { mismatches: RecordMismatch[]; notCovered: Message[] } {
  const last = acts.filter((a) => POOL_KINDS.has(a.kind)).at(-1)
  const now = poolFingerprint(sqlite)
  if (!last) return { mismatches: [], notCovered: now.people > 0 ? [msg('verify.poolNotCovered')] : [] }
  const expected = text(last.payload['poolHash'])
  if (expected === now.hash) return { mismatches: [], notCovered: [] }
  return {
    mismatches: [
      {
        record: 'pool',
        expected,
        found: now.hash,
        why: msg('verify.poolChanged', { seq: last.seq, people: now.people }),
      },
    ],
    notCovered: [],
  }
}
