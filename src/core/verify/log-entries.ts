import type Database from 'better-sqlite3'
import { listAudit } from '../audit/audit-log.ts'

/** An audit entry's payload, read field by field without trusting its shape. */
export type LoggedAct = { seq: number; kind: string; payload: Record<string, unknown> }

export function loggedActs(sqlite: Database.Database): LoggedAct[] {
  return listAudit(sqlite).map((e) => ({
    seq: e.seq,
    kind: e.kind,
    payload:
      typeof e.payload === 'object' && e.payload !== null ? (e.payload as Record<string, unknown>) : {},
  }))
}

export function text(value: unknown): string {
  if (typeof value === 'string') return value
  if (value === undefined || value === null) return ''
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value)
}
