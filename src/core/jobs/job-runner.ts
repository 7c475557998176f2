import type { Worker } from 'node:worker_threads'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { JobInput, JobName, JobOutput } from './jobs.ts'
import type { JobProgress } from './progress.ts'
import type { HostMessage, WorkerMessage } from './messages.ts'

/** Starts a worker thread running `worker-entry.ts` (how depends on the bundle: see the adapters). */
export type SpawnJobWorker = () => Worker

/**
 * Runs long jobs off the main thread, one worker each, with progress events and a Cancel that
 * really stops the work (the worker is terminated).
 */
export class JobRunner {
  private readonly spawn: SpawnJobWorker
  private readonly running = new Map<string, { worker: Worker; cancel: () => void }>()

  constructor(spawn: SpawnJobWorker) {
    this.spawn = spawn
  }

  run<N extends JobName>(
    jobId: string,
    name: N,
    input: JobInput<N>,
    onProgress: (progress: JobProgress) => void = () => undefined,
  ): Promise<JobOutput<N>> {
    if (this.running.has(jobId))
      return Promise.reject(new AppError('invalid-input', msg('input.jobRunning', { job: jobId })))
    const worker = this.spawn()
    return new Promise<JobOutput<N>>((resolve, reject) => {
      let settled = false
      const finish = (fn: () => void) => {
        if (settled) return
        settled = true
        this.running.delete(jobId)
        fn()
        void worker.terminate()
      }
      this.running.set(jobId, {
        worker,
        cancel: () => finish(() => reject(new AppError('cancelled', 'Cancelled.'))),
      })
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') onProgress(message.progress)
        else if (message.type === 'done') finish(() => resolve(message.output as JobOutput<N>))
        else finish(() => reject(AppError.fromData(message.error)))
      })
      worker.on('error', (error) => finish(() => reject(new AppError('internal', error.message))))
      worker.on('exit', (code) =>
        finish(() => reject(new AppError('internal', `The job stopped unexpectedly (exit code ${code}).`))),
      )
      worker.postMessage({ type: 'start', name, input } satisfies HostMessage)
    })
  }

  /**
   * Asks a running job to finish early with what it has (the draw's best lottery so far); jobs
   * that cannot stop early simply go on. Returns false if no such job runs.
   */
  stop(jobId: string): boolean {
    const job = this.running.get(jobId)
    if (!job) return false
    job.worker.postMessage({ type: 'stop' } satisfies HostMessage)
    return true
  }

  /** Stops a running job; its promise rejects with code `cancelled`. Returns false if no such job runs. */
  cancel(jobId: string): boolean {
    const job = this.running.get(jobId)
    if (!job) return false
    job.cancel()
    return true
  }
}
