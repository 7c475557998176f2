import { parentPort } from 'node:worker_threads'
import { AppError } from '../../shared/errors.ts'
import { jobs } from './jobs.ts'
import type { HostMessage, WorkerMessage } from './messages.ts'

/** The entry point of a job worker thread: runs one job, reports progress, then the result. */
const port = parentPort
if (!port) throw new Error('worker-entry.ts must run in a worker thread')

const send = (message: WorkerMessage) => port.postMessage(message)

const stop = new AbortController()

port.on('message', (message: HostMessage) => {
  if (message.type === 'stop') {
    stop.abort()
    return
  }
  const job = jobs[message.name] as (
    input: unknown,
    progress: (p: unknown) => void,
    stop: AbortSignal,
  ) => Promise<unknown>
  job(message.input, (progress) => send({ type: 'progress', progress } as WorkerMessage), stop.signal).then(
    (output) => send({ type: 'done', output }),
    (error: unknown) => {
      const data =
        error instanceof AppError
          ? error.toData()
          : { code: 'internal' as const, message: error instanceof Error ? error.message : String(error) }
      send({ type: 'failed', error: data })
    },
  )
})
