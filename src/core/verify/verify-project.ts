import type Database from 'better-sqlite3'
import type { VerifyReport } from '../../shared/contract.ts'
import { msg } from '../../shared/messages.ts'
import type { RecordsCheck } from '../../shared/verify.ts'
import { verifyAudit } from '../audit/audit-log.ts'
import { verifyDraws } from '../draw/verify-draws.ts'
import { checkCounts } from './check-counts.ts'
import { checkPanel } from './check-panel.ts'
import { checkPool } from './check-pool.ts'
import { checkQuotas } from './check-quotas.ts'
import { checkRecommendations } from './check-recommendations.ts'
import { loggedActs } from './log-entries.ts'

/**
 * Everything `verify` checks, reading only: the audit chain, every recorded draw re-run from its
 * inputs and seed, and every official record (the pool, locked quotas, the panel and its statuses,
 * recommendations, final counts recounted) compared with what the log says about it. Each check
 * runs whatever the others found, so every mismatch is listed, not just the first.
 */
export async function verifyProject(sqlite: Database.Database): Promise<VerifyReport> {
  const chain = verifyAudit(sqlite)
  const draws = await verifyDraws(sqlite)
  return { ...chain, draws, records: checkRecords(sqlite) }
}

function checkRecords(sqlite: Database.Database): RecordsCheck {
  const acts = loggedActs(sqlite)
  const pool = checkPool(sqlite, acts)
  const counts = checkCounts(sqlite, acts)
  const mismatches = [
    ...pool.mismatches,
    ...checkQuotas(sqlite, acts),
    ...checkPanel(sqlite, acts),
    ...checkRecommendations(sqlite, acts),
    ...counts.mismatches,
  ]
  return {
    checked: counts.checked,
    mismatches,
    notCovered: [...pool.notCovered, ...counts.notCovered, msg('verify.workingData')],
  }
}

/** Whether every part of the report matches. */
export function allMatch(report: VerifyReport): boolean {
  return (
    report.ok && (report.draws ?? []).every((d) => d.ok) && (report.records?.mismatches.length ?? 0) === 0
  )
}
