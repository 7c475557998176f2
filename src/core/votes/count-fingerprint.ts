import type Database from 'better-sqlite3'
import type { BallotSpec, Operator } from '../../shared/votes.ts'
import { fingerprint } from '../audit/audit-log.ts'
import type { StoredCount } from './vote-repo.ts'
import { listPapers } from './vote-repo.ts'

/**
 * The fingerprints a final count carries into the audit log, so `verify` notices any later edit:
 * the ballot's settings it was counted under, and its entries (members present, table totals,
 * every paper of operators A and B, the lot's seed and recorded lots). Entry times are left out.
 */

export function ballotSettingsHash(spec: BallotSpec, recommendationId: number | null): string {
  return fingerprint({ spec, recommendation: recommendationId })
}

export function countEntriesHash(sqlite: Database.Database, count: StoredCount): string {
  const papers = (operator: Operator) =>
    listPapers(sqlite, count.ballotId, count.countNo, operator).map((p) => ({
      number: p.number,
      marks: p.marks,
      invalid: p.invalid,
    }))
  return fingerprint({
    present: count.present,
    declaredTotal: count.declaredTotal,
    tables: count.tables,
    tieSeed: count.tieSeed,
    tieBreaks: count.tieBreaks,
    papers: { A: papers('A'), B: papers('B') },
  })
}
