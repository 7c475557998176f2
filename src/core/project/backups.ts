import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { BackupInfo } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import type { Project } from './project.ts'
import { quickCheck } from './file-repo.ts'

export const BACKUP_INTERVAL_MS = 15 * 60 * 1000
export const BACKUPS_KEPT = 10

/**
 * Rolling backups of each project, kept in the user-data folder (one sub-folder per project id).
 * Copies are made with SQLite's online backup API (never a plain file copy of the open file),
 * checked, and renamed into place, so a backup is either complete or absent.
 */
export class BackupStore {
  private readonly root: string
  private readonly keep: number

  constructor(root: string, keep = BACKUPS_KEPT) {
    this.root = root
    this.keep = keep
  }

  list(projectId: string): BackupInfo[] {
    const dir = this.dir(projectId)
    if (!existsSync(dir)) return []
    return readdirSync(dir)
      .filter((f) => f.endsWith('.assembly'))
      .map((f) => {
        const [stamp = '', reason = 'backup'] = f.replace(/\.assembly$/, '').split('--')
        return { id: f, createdAt: fromStamp(stamp), reason, bytes: statSync(join(dir, f)).size }
      })
      .sort((a, b) => b.id.localeCompare(a.id))
  }

  async create(project: Project, reason: string, createdAt = project.timestamp()): Promise<BackupInfo> {
    const dir = this.dir(project.id)
    mkdirSync(dir, { recursive: true })
    let id = `${toStamp(createdAt)}--${reason}.assembly`
    // Never replace an earlier backup: two in the same millisecond get consecutive stamps.
    while (existsSync(join(dir, id))) {
      createdAt = new Date(Date.parse(createdAt) + 1).toISOString()
      id = `${toStamp(createdAt)}--${reason}.assembly`
    }
    const final = join(dir, id)
    const tmp = `${final}.tmp`
    rmSync(tmp, { force: true })
    await project.sqlite.backup(tmp)
    checkCopy(tmp)
    fsyncFile(tmp)
    renameSync(tmp, final)
    this.prune(project.id)
    return { id, createdAt, reason, bytes: statSync(final).size }
  }

  /** Copies a backup over `target` (which must be closed) through a temporary file and a rename. */
  restoreTo(projectId: string, id: string, target: string): void {
    const source = this.path(projectId, id)
    const tmp = `${target}.restoring`
    copyFileSync(source, tmp)
    fsyncFile(tmp)
    rmSync(`${target}-journal`, { force: true })
    renameSync(tmp, target)
  }

  path(projectId: string, id: string): string {
    if (!/^[\w.:-]+--[\w-]+\.assembly$/.test(id))
      throw new AppError('backup-not-found', `No backup called ${id}.`)
    const path = join(this.dir(projectId), id)
    if (!existsSync(path)) throw new AppError('backup-not-found', `The backup ${id} no longer exists.`)
    return path
  }

  private prune(projectId: string): void {
    for (const old of this.list(projectId).slice(this.keep))
      rmSync(join(this.dir(projectId), old.id), { force: true })
  }

  private dir(projectId: string): string {
    return join(this.root, projectId.replace(/[^\w-]/g, '_'))
  }
}

function checkCopy(path: string): void {
  const copy = new Database(path, { readonly: true, fileMustExist: true })
  try {
    const result = quickCheck(copy)
    if (result !== 'ok') throw new AppError('io-error', `The backup copy failed its check: ${result}`)
  } finally {
    copy.close()
  }
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** 2026-03-01T09:00:00.000Z -> 2026-03-01T09-00-00-000Z (safe in file names on every OS). */
function toStamp(iso: string): string {
  return iso.replace(/[:.]/g, '-')
}

function fromStamp(stamp: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp)
  return m ? `${m[1]}:${m[2]}:${m[3]}.${m[4]}Z` : stamp
}
