import type Database from 'better-sqlite3'
import type { Kysely, Transaction } from 'kysely'
import type { ProjectDatabase } from './schema.ts'

export type Clock = () => Date
export type ProjectTransaction = Transaction<ProjectDatabase>

/**
 * An open assembly project file. Holds an exclusive lock on the file while open.
 * Every command goes through `write`, which runs it in one transaction: all of it or none of it.
 */
export class Project {
  readonly file: string
  readonly id: string
  readonly db: Kysely<ProjectDatabase>
  readonly sqlite: Database.Database
  readonly now: Clock
  private readonly afterWrite: Array<() => void> = []
  private readonly release: () => void

  constructor(opts: {
    file: string
    id: string
    db: Kysely<ProjectDatabase>
    sqlite: Database.Database
    now: Clock
    release: () => void
  }) {
    this.file = opts.file
    this.id = opts.id
    this.db = opts.db
    this.sqlite = opts.sqlite
    this.now = opts.now
    this.release = opts.release
  }

  async write<T>(command: (trx: ProjectTransaction) => Promise<T>): Promise<T> {
    const result = await this.db.transaction().execute(command)
    for (const listener of this.afterWrite) listener()
    return result
  }

  onWrite(listener: () => void): void {
    this.afterWrite.push(listener)
  }

  /** The current time as stored in the file (ISO 8601, UTC). */
  timestamp(): string {
    return this.now().toISOString()
  }

  async close(): Promise<void> {
    try {
      await this.db.destroy()
    } finally {
      this.release()
    }
  }
}
