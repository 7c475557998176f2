import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Result } from '../../shared/errors.ts'
import { AppState } from '../app/app-state.ts'
import { Session } from '../app/session.ts'
import { JobRunner, type SpawnJobWorker } from '../jobs/job-runner.ts'
import { BackupStore } from '../project/backups.ts'
import type { Clock } from '../project/project.ts'
import type { Emit, Platform } from './context.ts'
import { dispatch } from './dispatch.ts'
import { createHandlers } from './handlers.ts'

export type AppOptions = {
  /** The app's own folder: preferences, backups, the demo. */
  userDataDir: string
  documentsDir: string
  platform: Platform
  spawnWorker: SpawnJobWorker
  emit: Emit
  now?: Clock
}

export type AppInstance = {
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>
  session: Session
  close(): Promise<void>
}

/** Wires one window's backend: the same for Electron, the web bridge and the tests. */
export function createApp(options: AppOptions): AppInstance {
  mkdirSync(options.documentsDir, { recursive: true })
  const state = new AppState(options.userDataDir)
  const session = new Session({
    state,
    backups: new BackupStore(join(options.userDataDir, 'backups')),
    ...(options.now ? { now: options.now } : {}),
  })
  const handlers = createHandlers({
    state,
    session,
    jobs: new JobRunner(options.spawnWorker),
    platform: options.platform,
    emit: options.emit,
    documentsDir: options.documentsDir,
    demoDir: join(options.userDataDir, 'demo'),
    uploadsDir: join(options.userDataDir, 'uploads'),
  })
  return {
    dispatch: (channel, input) => dispatch(handlers, channel, input),
    session,
    close: () => session.close(),
  }
}
