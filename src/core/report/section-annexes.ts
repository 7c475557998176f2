import type Database from 'better-sqlite3'
import { auditHead, listAudit, verifyAudit } from '../audit/audit-log.ts'
import { quotaTable } from '../quotas/quota-repo.ts'
import type { AnnexesPart } from './report-model.ts'

/** The annexes: the quotas with their justifications and the audit log's summary and head hash. */
export function annexesSection(sqlite: Database.Database): AnnexesPart {
  const table = quotaTable(sqlite)
  const entries = listAudit(sqlite)
  const kinds = new Map<string, number>()
  for (const entry of entries) kinds.set(entry.kind, (kinds.get(entry.kind) ?? 0) + 1)
  return {
    quotas: table.categories.flatMap((c) =>
      c.values.map((v) => ({
        category: v.category,
        value: v.value,
        min: v.min,
        max: v.max,
        populationShare: v.populationShare,
        justification: v.justification,
      })),
    ),
    quotasLockedAt: table.lockedAt,
    audit: {
      entries: entries.length,
      first: entries[0]?.at ?? null,
      last: entries.at(-1)?.at ?? null,
      head: auditHead(sqlite),
      intact: verifyAudit(sqlite).ok,
      kinds: [...kinds]
        .map(([kind, count]) => ({ kind, count }))
        .sort((a, b) => a.kind.localeCompare(b.kind)),
    },
  }
}
