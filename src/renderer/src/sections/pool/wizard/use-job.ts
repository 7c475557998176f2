import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppEvents } from '../../../../../shared/events.ts'
import { api } from '../../../api.ts'

export type JobProgress = Pick<AppEvents['job:progress'], 'stage' | 'done' | 'total' | 'detail'>
export type JobState = {
  running: boolean
  progress: JobProgress | null
  cancelling: boolean
  stopping: boolean
}

const idle: JobState = { running: false, progress: null, cancelling: false, stopping: false }

/**
 * Runs a long job (a check or an import in a worker) with a fresh job id: follows its progress
 * events and can cancel it (or stop it early, for jobs that can). Leaving the screen cancels a job still running.
 */
export function useJob() {
  const [state, setState] = useState<JobState>(idle)
  const current = useRef<string | null>(null)

  useEffect(() => {
    const off = api.on('job:progress', (event) => {
      if (event.jobId !== current.current) return
      setState((s) => ({
        ...s,
        progress: {
          stage: event.stage,
          done: event.done,
          total: event.total,
          ...(event.detail ? { detail: event.detail } : {}),
        },
      }))
    })
    return () => {
      off()
      if (current.current) void api.invoke('job:cancel', { jobId: current.current })
    }
  }, [])

  const run = useCallback(async <T>(start: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = crypto.randomUUID()
    current.current = jobId
    setState({ ...idle, running: true })
    try {
      return await start(jobId)
    } finally {
      if (current.current === jobId) current.current = null
      setState(idle)
    }
  }, [])

  const cancel = useCallback(() => {
    const jobId = current.current
    if (!jobId) return
    setState((s) => ({ ...s, cancelling: true }))
    void api.invoke('job:cancel', { jobId })
  }, [])

  /** Asks a job that can (the draw) to finish now with what it has. */
  const stop = useCallback(() => {
    const jobId = current.current
    if (!jobId) return
    setState((s) => ({ ...s, stopping: true }))
    void api.invoke('job:stop', { jobId })
  }, [])

  return { ...state, run, cancel, stop }
}
