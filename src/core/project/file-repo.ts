import type Database from 'better-sqlite3'

/**
 * The file's own settings, as SQLite pragmas: the stamp that marks it as ours, its format version,
 * its integrity check, and the connection settings every assembly file is opened with.
 */

export function stampApplicationId(sqlite: Database.Database, applicationId: number): void {
  sqlite.pragma(`application_id = ${applicationId}`)
}

/** Settings that make reading an unknown file safe; set before anything else is read. */
export function guardReading(sqlite: Database.Database): void {
  sqlite.pragma('trusted_schema = OFF')
  sqlite.pragma('cell_size_check = ON')
}

export function readApplicationId(sqlite: Database.Database): number {
  return sqlite.pragma('application_id', { simple: true }) as number
}

/** The file format version (`user_version`): the number of migrations applied. */
export function readUserVersion(sqlite: Database.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number
}

export function setUserVersion(sqlite: Database.Database, version: number): void {
  sqlite.pragma(`user_version = ${version}`)
}

/** SQLite's quick integrity check: 'ok', or the first problem found. */
export function quickCheck(sqlite: Database.Database): string {
  return String(sqlite.pragma('quick_check', { simple: true }))
}

/**
 * A document's settings: foreign keys, no `-wal` side file, full sync, and the write lock taken
 * now and kept until close (no other window or app can write this file).
 */
export function configureAndLock(sqlite: Database.Database): void {
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('journal_mode = DELETE')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('locking_mode = EXCLUSIVE')
  sqlite.exec('BEGIN EXCLUSIVE; COMMIT')
}

/** Runs `work` without waiting for the disk at each commit, then restores the file's setting. */
export async function withoutSync(sqlite: Database.Database, work: () => Promise<void>): Promise<void> {
  const synchronous = sqlite.pragma('synchronous', { simple: true }) as number
  sqlite.pragma('synchronous = OFF')
  try {
    await work()
  } finally {
    sqlite.pragma(`synchronous = ${synchronous}`)
  }
}
