import type { AppErrorData } from '../../shared/errors.ts'
import type { JobName, JobProgress } from './jobs.ts'

/** What the host and a job worker say to each other. */
export type StartMessage = { type: 'start'; name: JobName; input: unknown }
export type WorkerMessage =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'done'; output: unknown }
  | { type: 'failed'; error: AppErrorData }
