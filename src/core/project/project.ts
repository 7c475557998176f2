import type Database from 'better-sqlite3'

export type Clock = () => Date

/** What a command may return from `write`: anything but a promise (the transaction is synchronous). */
type NotPromise<T> = T extends PromiseLike<unknown> ? never : T

/**
 * An open assembly project file. Holds an exclusive lock on the file while open.
 * Every command goes through `write`, which runs it in one transaction: all of it or none of it.
 * Only repository modules (`*-repo.ts`) run SQL on `sqlite`; everything else calls them.
 */
export class Project {
  readonly file: string
  readonly id: string
  readonly sqlite: Database.Database
  readonly now: Clock
  private readonly afterWrite: Array<() => void> = []
  private readonly release: () => void

  constructor(opts: {
    file: string
    id: string
    sqlite: Database.Database
    now: Clock
    release: () => void
  }) {
    this.file = opts.file
    this.id = opts.id
    this.sqlite = opts.sqlite
    this.now = opts.now
    this.release = opts.release
  }

  /**
   * Runs `command` in one SQLite transaction (better-sqlite3's, synchronous): it commits when the
   * command returns and rolls back when it throws. The command cannot await anything in between.
   */
  write<T>(command: () => NotPromise<T>): Promise<T> {
    // A throw inside the executor rejects the promise, after better-sqlite3 has rolled back.
    return new Promise<T>((resolve) => {
      const result = this.sqlite.transaction(command)()
      for (const listener of this.afterWrite) listener()
      resolve(result)
    })
  }

  onWrite(listener: () => void): void {
    this.afterWrite.push(listener)
  }

  /** The current time as stored in the file (ISO 8601, UTC). */
  timestamp(): string {
    return this.now().toISOString()
  }

  close(): Promise<void> {
    try {
      this.sqlite.close()
    } finally {
      this.release()
    }
    return Promise.resolve()
  }
}
