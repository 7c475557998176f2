import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import { readUserVersion } from './file-repo.ts'
import { FORMAT_VERSION } from './migrations.ts'
import { checkIsOurs } from './open-project.ts'

/** An assembly file opened for reading only: no lock taken, no upgrade, no backup, no write. */
export type ReadOnlyProject = { file: string; sqlite: Database.Database; close: () => void }

/**
 * Opens a file to check it (`verify`): SQLite's read-only mode, so nothing can change its bytes.
 * A file of an older format is refused with a message saying to open it in the app first, since
 * upgrading it would be a write.
 */
export function openReadOnly(file: string): ReadOnlyProject {
  const path = resolve(file)
  if (!existsSync(path)) throw new AppError('file-not-found', `There is no file at ${path}.`, { file: path })
  let sqlite: Database.Database
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true })
  } catch (error) {
    throw new AppError('io-error', `Could not read ${path}: ${(error as Error).message}`, { file: path })
  }
  try {
    checkIsOurs(sqlite, path)
    const version = readUserVersion(sqlite)
    if (version < FORMAT_VERSION)
      throw new AppError(
        'invalid-input',
        msg('verify.olderFormat', { name: basename(path), version, current: FORMAT_VERSION }),
      )
    return { file: path, sqlite, close: () => sqlite.close() }
  } catch (error) {
    sqlite.close()
    throw error
  }
}
