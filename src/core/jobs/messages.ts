import type { AppErrorData } from '../../shared/errors.ts'
import type { JobName } from './jobs.ts'
import type { JobProgress } from './progress.ts'

/** What the host and a job worker say to each other. */
export type StartMessage = { type: 'start'; name: JobName; input: unknown }
/** Asks a job that can stop early (the draw's optimisation) to finish with what it has. */
export type StopMessage = { type: 'stop' }
export type HostMessage = StartMessage | StopMessage
export type WorkerMessage =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'done'; output: unknown }
  | { type: 'failed'; error: AppErrorData }
