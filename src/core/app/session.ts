import { existsSync, renameSync, rmSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type { BackupInfo, ProjectSummary } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import { auditHead } from '../audit/audit-log.ts'
import { getProfile } from '../profile/profile-repo.ts'
import { BACKUP_INTERVAL_MS, type BackupStore } from '../project/backups.ts'
import { FORMAT_VERSION } from '../project/migrations.ts'
import { createProject, openProject } from '../project/open-project.ts'
import type { Clock, Project } from '../project/project.ts'
import type { AppState } from './app-state.ts'

/**
 * What one window has open: at most one project, with its rolling backups
 * (one when the file is opened, then one after edits every 15 minutes).
 */
export class Session {
  private project: Project | null = null
  private lastBackupAt = 0
  private backupRunning: Promise<void> | null = null
  private readonly state: AppState
  private readonly backups: BackupStore
  private readonly now: Clock
  private readonly openListeners: Array<(project: Project) => void> = []

  constructor(opts: { state: AppState; backups: BackupStore; now?: Clock }) {
    this.state = opts.state
    this.backups = opts.backups
    this.now = opts.now ?? (() => new Date())
  }

  /** Runs after every project is opened or created (e.g. to read views ahead). */
  onOpen(listener: (project: Project) => void): void {
    this.openListeners.push(listener)
  }

  current(): Project | null {
    return this.project
  }

  require(): Project {
    if (!this.project) throw new AppError('no-project-open', 'No assembly is open.')
    return this.project
  }

  /** Creates a new assembly; the one open before is closed only once the new one exists. */
  async create(file: string, name: string): Promise<ProjectSummary> {
    const next = await createProject(file, { name, now: this.now })
    await this.close()
    return this.adopt(next)
  }

  /** Opens an assembly; when it cannot be opened, the one open before stays open. */
  async open(file: string): Promise<ProjectSummary> {
    const path = resolve(file)
    if (this.project?.file === path) return this.summary()
    const next = await openProject(path, { now: this.now })
    await this.close()
    return this.adopt(next)
  }

  async close(): Promise<void> {
    const project = this.project
    if (!project) return
    this.project = null
    await this.backupRunning
    await project.close()
  }

  summary(): Promise<ProjectSummary> {
    const project = this.require()
    const profile = getProfile(project.sqlite)
    return Promise.resolve({
      file: project.file,
      fileName: basename(project.file),
      name: profile.name,
      formatVersion: FORMAT_VERSION,
      auditHead: auditHead(project.sqlite),
    })
  }

  listBackups(): BackupInfo[] {
    return this.backups.list(this.require().id)
  }

  /** Restores a backup; the current state is first kept as a backup of its own ("before-restore"). */
  async restoreBackup(id: string): Promise<ProjectSummary> {
    const project = this.require()
    this.backups.path(project.id, id)
    await this.backup('before-restore')
    const { file, id: projectId } = project
    await this.close()
    this.backups.restoreTo(projectId, id, file)
    return this.open(file)
  }

  /** Writes a complete, consistent copy of the open project elsewhere (SQLite online backup API). */
  async saveCopy(target: string, overwrite: boolean): Promise<{ file: string }> {
    const project = this.require()
    const path = resolve(target)
    if (path === project.file)
      throw new AppError('file-exists', 'Choose another file than the one that is open.')
    if (existsSync(path) && !overwrite) {
      throw new AppError('file-exists', `${basename(path)} already exists; choose another name.`, {
        file: path,
      })
    }
    const tmp = `${path}.saving`
    try {
      await project.sqlite.backup(tmp)
      renameSync(tmp, path)
    } catch (error) {
      rmSync(tmp, { force: true })
      if (error instanceof AppError) throw error
      throw new AppError('io-error', `Could not write ${path}: ${(error as Error).message}`, { file: path })
    }
    return { file: path }
  }

  private async adopt(project: Project): Promise<ProjectSummary> {
    this.project = project
    project.onWrite(() => {
      if (this.now().getTime() - this.lastBackupAt >= BACKUP_INTERVAL_MS) void this.backup('autosave')
    })
    await this.backup('open')
    for (const listener of this.openListeners) listener(project)
    const summary = await this.summary()
    this.state.noteOpened(summary.file, summary.name, this.now().toISOString())
    return summary
  }

  /** Queues a backup after any running one; close() waits for the queue before closing the file. */
  private backup(reason: string): Promise<void> {
    const project = this.project
    if (!project) return Promise.resolve()
    const at = this.now()
    this.lastBackupAt = at.getTime()
    const queued = (this.backupRunning ?? Promise.resolve())
      .then(() => this.backups.create(project, reason, at.toISOString()))
      .then(
        () => undefined,
        (error: unknown) => {
          // A failed backup must never break the user's work; it is retried at the next interval.
          this.lastBackupAt = 0
          console.error(`Backup of ${project.file} failed:`, error)
        },
      )
    this.backupRunning = queued
    return queued
  }
}
