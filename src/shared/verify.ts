import type { Message } from './messages.ts'

/**
 * One official record that differs from what the audit log says about it: which record, what the
 * log expects and what the file holds now (hashes or values), and the same as a message the UI words.
 */
export type RecordMismatch = { record: string; expected: string; found: string; why: Message }

/** What `verify` found when it compared the official records with the log, and what it does not cover. */
export type RecordsCheck = { checked: number; mismatches: RecordMismatch[]; notCovered: Message[] }
