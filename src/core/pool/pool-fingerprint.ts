import type Database from 'better-sqlite3'
import { appendAudit, fingerprint } from '../audit/audit-log.ts'
import { poolAnswers } from './pool-repo.ts'

/**
 * The pool as the draw reads it (each person's id, household and category answers), fingerprinted.
 * Names and contact details are left out: they are not what the draw or its verification use, and
 * a purge of personal data must not look like tampering.
 */
export function poolFingerprint(sqlite: Database.Database): { people: number; hash: string } {
  const people: [string, string, Record<string, string>][] = []
  for (const [id, household, category, value] of poolAnswers(sqlite)) {
    let last = people.at(-1)
    if (last?.[0] !== id) {
      last = [id, household, {}]
      people.push(last)
    }
    if (category !== null && value !== null) last[2][category] = value
  }
  return { people: people.length, hash: fingerprint(people) }
}

/** Records the pool's new fingerprint after an import or an addition, in the caller's transaction. */
export function recordPoolChange(
  sqlite: Database.Database,
  at: string,
  change: { kind: 'pool.imported'; file: string } | { kind: 'pool.person-added'; person: string },
): void {
  const { people, hash } = poolFingerprint(sqlite)
  const { kind, ...detail } = change
  appendAudit(sqlite, { kind, at, payload: { ...detail, people, poolHash: hash } })
}
