import Database from 'better-sqlite3'
import { closeSync, existsSync, openSync, realpathSync, statSync, unlinkSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { randomUUID } from 'node:crypto'
import { Kysely, SqliteDialect } from 'kysely'
import { Migrator, type MigrationProvider } from 'kysely/migration'
import { AppError } from '../../shared/errors.ts'
import { emptyProfile } from '../../shared/profile.ts'
import { appendAudit } from '../audit/audit-log.ts'
import { APPLICATION_ID } from './format.ts'
import { FORMAT_VERSION, migrations } from './migrations.ts'
import { Project, type Clock } from './project.ts'
import { APP_VERSION } from '../app/version.ts'
import { insertProfile } from '../profile/profile-repo.ts'
import {
  configureAndLock,
  guardReading,
  quickCheck,
  readApplicationId,
  readUserVersion,
  setUserVersion,
  stampApplicationId,
} from './file-repo.ts'
import { insertMeta, readMeta } from './meta-repo.ts'

/** Files this process has open: a second open in the same process is refused before SQLite is touched. */
const openInThisProcess = new Set<string>()

type OpenOptions = { now?: Clock | undefined; lockTimeoutMs?: number }

export async function openProject(file: string, options: OpenOptions = {}): Promise<Project> {
  const connection = await openConnection(resolve(file), options)
  try {
    const id = readMeta(connection.sqlite, 'id')
    return new Project({ ...connection, id })
  } catch (error) {
    connection.sqlite.close()
    connection.release()
    throw error
  }
}

type CreateOptions = { name: string; now?: Clock; id?: string }

/** Creates a new, empty assembly file. Refuses to overwrite; leaves no file behind when it fails. */
export async function createProject(file: string, options: CreateOptions): Promise<Project> {
  const path = resolve(file)
  try {
    closeSync(openSync(path, 'wx'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new AppError('file-exists', `${basename(path)} already exists; choose another name.`, {
        file: path,
      })
    }
    throw new AppError('io-error', `Could not create ${path}: ${(error as Error).message}`, { file: path })
  }
  try {
    const stamp = new Database(path)
    stampApplicationId(stamp, APPLICATION_ID)
    stamp.close()
    const connection = await openConnection(path, { now: options.now })
    const id = options.id ?? randomUUID()
    try {
      initialise(connection.sqlite, options.name, id, connection.now().toISOString())
    } catch (error) {
      connection.sqlite.close()
      connection.release()
      throw error
    }
    return new Project({ ...connection, id })
  } catch (error) {
    unlinkSync(path)
    throw error
  }
}

type Connection = {
  file: string
  sqlite: Database.Database
  now: Clock
  release: () => void
}

async function openConnection(path: string, options: OpenOptions): Promise<Connection> {
  if (!existsSync(path)) throw new AppError('file-not-found', `There is no file at ${path}.`, { file: path })
  if (!statSync(path).isFile())
    throw new AppError('not-sqlite', `${path} is a folder, not an assembly file.`, { file: path })
  const key = realpathSync(path)
  if (openInThisProcess.has(key)) {
    throw new AppError('already-open', `${basename(path)} is already open in this app.`, { file: path })
  }
  openInThisProcess.add(key)
  const release = () => openInThisProcess.delete(key)
  let sqlite: Database.Database | undefined
  try {
    sqlite = new Database(path, { fileMustExist: true, timeout: options.lockTimeoutMs ?? 1000 })
    checkIsOurs(sqlite, path)
    lockAndConfigure(sqlite, path)
    await migrate(sqlite, path)
    return { file: path, sqlite, now: options.now ?? (() => new Date()), release }
  } catch (error) {
    sqlite?.close()
    release()
    throw error
  }
}

function initialise(sqlite: Database.Database, name: string, id: string, at: string): void {
  sqlite.transaction(() => {
    insertMeta(sqlite, { id, created_at: at, created_by_app: APP_VERSION })
    insertProfile(sqlite, emptyProfile(name), at)
    appendAudit(sqlite, { kind: 'assembly.created', at, payload: { id, name, app: APP_VERSION } })
  })()
}

/** Refuses a file that is not ours, is newer than this app, or is damaged; reads only. */
export function checkIsOurs(sqlite: Database.Database, path: string): void {
  const name = basename(path)
  guardReading(sqlite)
  let applicationId: number
  let userVersion: number
  try {
    applicationId = readApplicationId(sqlite)
    userVersion = readUserVersion(sqlite)
  } catch (error) {
    throw translateSqliteError(error, path)
  }
  if (applicationId !== APPLICATION_ID) {
    throw new AppError(
      'not-an-assembly',
      `${name} is a database, but not a Kleroterion assembly file. It was left untouched.`,
      { file: path },
    )
  }
  if (userVersion > FORMAT_VERSION) {
    throw new AppError(
      'newer-format',
      `${name} was saved by a newer version of Kleroterion (file format ${userVersion}; this version reads up to ${FORMAT_VERSION}). Update the app to open it. The file was left untouched.`,
      { file: path, fileVersion: userVersion, appVersion: FORMAT_VERSION },
    )
  }
  let check: string
  try {
    check = quickCheck(sqlite)
  } catch (error) {
    throw translateSqliteError(error, path)
  }
  if (check !== 'ok') throw damaged(path, check)
}

function lockAndConfigure(sqlite: Database.Database, path: string): void {
  try {
    // Takes the write lock now and keeps it until close: no other window or app can write this file.
    configureAndLock(sqlite)
  } catch (error) {
    throw translateSqliteError(error, path)
  }
}

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) }

/**
 * Brings the file to the current format. A file written by an older version is first copied beside
 * itself (`<name>.format-<n>.assembly`, SQLite backup API), so the upgrade can always be undone.
 */
async function migrate(sqlite: Database.Database, path: string): Promise<void> {
  const current = readUserVersion(sqlite)
  if (current === FORMAT_VERSION) return
  if (current > 0) {
    const copy = `${path.replace(/\.assembly$/i, '')}.format-${current}.assembly`
    if (!existsSync(copy)) await sqlite.backup(copy)
  }
  // kysely runs the migrations only; it is not destroyed afterwards, as that would close `sqlite`.
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error || failed) {
    throw new AppError(
      'internal',
      `Could not upgrade the file format (${failed?.migrationName ?? 'migration'}): ${error instanceof Error ? error.message : 'unknown error'}`,
    )
  }
  setUserVersion(sqlite, FORMAT_VERSION)
}

function damaged(path: string, detail: string): AppError {
  return new AppError(
    'damaged-file',
    `${basename(path)} is damaged and cannot be opened safely (${detail.slice(0, 200)}). Restore a backup instead; the file was left untouched.`,
    { file: path },
  )
}

function translateSqliteError(error: unknown, path: string): AppError {
  const code = (error as { code?: string }).code ?? ''
  const name = basename(path)
  if (code === 'SQLITE_NOTADB') {
    return new AppError('not-sqlite', `${name} is not an assembly file (it is not a SQLite database).`, {
      file: path,
    })
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError(
      'locked-by-other',
      `${name} is open in another window or another program. Close it there first.`,
      { file: path },
    )
  }
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_IOERR'))
    return damaged(path, (error as Error).message)
  if (error instanceof AppError) return error
  return new AppError('io-error', `Could not open ${name}: ${(error as Error).message}`, { file: path })
}
