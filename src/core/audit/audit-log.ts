import { english, msg, type Message } from '../../shared/messages.ts'
import { createHash } from 'node:crypto'
import canonicalize from 'canonicalize'
import type Database from 'better-sqlite3'
import type { AuditEntryView, VerifyReport } from '../../shared/contract.ts'
import { allEntries, insertEntry, lastEntry } from './audit-repo.ts'

/**
 * The append-only, hash-chained audit log. Each entry's hash covers its sequence number, time,
 * kind, canonical JSON payload (RFC 8785) and the previous entry's hash, so editing, deleting or
 * reordering any past entry breaks the chain from that point on.
 */

export const GENESIS_HASH = '0'.repeat(64)

/** Kinds of official acts recorded in the log. */
export type AuditKind = 'assembly.created' | 'profile.locked' | (string & {})

type EntryFields = { seq: number; at: string; kind: string; payload: string; prevHash: string }

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value)
  if (text === undefined) throw new Error('The audit payload cannot be represented as JSON.')
  return text
}

/** SHA-256 of a value's canonical JSON: how an official record is fingerprinted in the log. */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex')
}

export function entryHash(entry: EntryFields): string {
  const material = canonicalJson({
    seq: entry.seq,
    at: entry.at,
    kind: entry.kind,
    payload: entry.payload,
    prevHash: entry.prevHash,
  })
  return createHash('sha256').update(material, 'utf8').digest('hex')
}

/** Appends one entry inside the caller's transaction (so the act and its record commit together). */
export function appendAudit(
  sqlite: Database.Database,
  entry: { kind: AuditKind; at: string; payload: unknown },
): string {
  const last = lastEntry(sqlite)
  const fields: EntryFields = {
    seq: (last?.seq ?? 0) + 1,
    at: entry.at,
    kind: entry.kind,
    payload: canonicalJson(entry.payload),
    prevHash: last?.hash ?? GENESIS_HASH,
  }
  const hash = entryHash(fields)
  insertEntry(sqlite, {
    seq: fields.seq,
    at: fields.at,
    kind: fields.kind,
    payload: fields.payload,
    prev_hash: fields.prevHash,
    hash,
  })
  return hash
}

export function auditHead(sqlite: Database.Database): string {
  return lastEntry(sqlite)?.hash ?? GENESIS_HASH
}

export function listAudit(sqlite: Database.Database): AuditEntryView[] {
  return allEntries(sqlite).map((r) => ({
    seq: r.seq,
    at: r.at,
    kind: r.kind,
    payload: JSON.parse(r.payload) as unknown,
    prevHash: r.prev_hash,
    hash: r.hash,
  }))
}

/** Re-computes the whole chain; reports the first entry that does not match. */
export function verifyAudit(sqlite: Database.Database): VerifyReport {
  const rows = allEntries(sqlite)
  let prevHash = GENESIS_HASH
  for (const [index, row] of rows.entries()) {
    const mismatch = checkEntry(row, index + 1, prevHash)
    if (mismatch)
      return {
        ok: false,
        entries: rows.length,
        head: prevHash,
        firstMismatch: { seq: row.seq, reason: english(mismatch), why: mismatch },
      }
    prevHash = row.hash
  }
  return { ok: true, entries: rows.length, head: prevHash }
}

function checkEntry(
  row: { seq: number; at: string; kind: string; payload: string; prev_hash: string; hash: string },
  expectedSeq: number,
  prevHash: string,
): Message | null {
  const seq = row.seq
  if (seq !== expectedSeq) return msg('audit.entryMissing', { seq: expectedSeq, next: seq })
  if (row.prev_hash !== prevHash) return msg('audit.notFollowing', { seq, previous: seq - 1 })
  let canonical: string
  try {
    canonical = canonicalJson(JSON.parse(row.payload))
  } catch {
    return msg('audit.notJson', { seq })
  }
  if (canonical !== row.payload) return msg('audit.notCanonical', { seq })
  const fields = { seq: row.seq, at: row.at, kind: row.kind, payload: row.payload, prevHash: row.prev_hash }
  if (entryHash(fields) !== row.hash) return msg('audit.changed', { seq })
  return null
}
