import type { BallotSpec, PaperBallotView } from '../../shared/votes.ts'
import { fingerprint } from '../audit/audit-log.ts'
import type { StoredCount } from './vote-repo.ts'

/** A count's papers as the caller read them for counting, operator A's and B's. */
type CountPapers = { a: PaperBallotView[]; b: PaperBallotView[] }

/**
 * The fingerprints a final count carries into the audit log, so `verify` notices any later edit:
 * the ballot's settings it was counted under, and its entries (members present, table totals,
 * every paper of operators A and B, the lot's seed and recorded lots). Entry times are left out.
 */

export function ballotSettingsHash(spec: BallotSpec, recommendationId: number | null): string {
  return fingerprint({ spec, recommendation: recommendationId })
}

export function countEntriesHash(count: StoredCount, papers: CountPapers): string {
  const entries = (list: PaperBallotView[]) =>
    list.map((p) => ({ number: p.number, marks: p.marks, invalid: p.invalid }))
  return fingerprint({
    present: count.present,
    declaredTotal: count.declaredTotal,
    tables: count.tables,
    tieSeed: count.tieSeed,
    tieBreaks: count.tieBreaks,
    papers: { A: entries(papers.a), B: entries(papers.b) },
  })
}
