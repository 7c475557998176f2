import type Database from 'better-sqlite3'
import type { Row } from '../project/schema.ts'

/** The audit log's SQL: the append-only `audit_entry` table (its triggers refuse updates and deletes). */

export type AuditRow = Row<'audit_entry'>

export function lastEntry(sqlite: Database.Database): Pick<AuditRow, 'seq' | 'hash'> | undefined {
  return sqlite
    .prepare<[], Pick<AuditRow, 'seq' | 'hash'>>(
      'select seq, hash from audit_entry order by seq desc limit 1',
    )
    .get()
}

export function insertEntry(sqlite: Database.Database, row: AuditRow): void {
  sqlite
    .prepare('insert into audit_entry (seq, at, kind, payload, prev_hash, hash) values (?, ?, ?, ?, ?, ?)')
    .run(row.seq, row.at, row.kind, row.payload, row.prev_hash, row.hash)
}

export function allEntries(sqlite: Database.Database): AuditRow[] {
  return sqlite.prepare<[], AuditRow>('select * from audit_entry order by seq').all()
}

/** The draws' entries (committed, completed, discarded), in order. */
export function drawEntries(sqlite: Database.Database): Pick<AuditRow, 'kind' | 'payload'>[] {
  return sqlite
    .prepare<[], Pick<AuditRow, 'kind' | 'payload'>>(
      "select kind, payload from audit_entry where kind like 'draw.%' order by seq",
    )
    .all()
}
