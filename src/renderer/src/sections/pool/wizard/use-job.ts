import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppEvents } from '../../../../../shared/events.ts'
import { api } from '../../../api.ts'

export type JobProgress = Pick<AppEvents['job:progress'], 'stage' | 'done' | 'total' | 'detail'>
export type JobState = { running: boolean; progress: JobProgress | null; cancelling: boolean }

/**
 * Runs a long job (a check or an import in a worker) with a fresh job id: follows its progress
 * events and can cancel it. Leaving the screen cancels a job still running.
 */
export function useJob() {
  const [state, setState] = useState<JobState>({ running: false, progress: null, cancelling: false })
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
    setState({ running: true, progress: null, cancelling: false })
    try {
      return await start(jobId)
    } finally {
      if (current.current === jobId) current.current = null
      setState({ running: false, progress: null, cancelling: false })
    }
  }, [])

  const cancel = useCallback(() => {
    const jobId = current.current
    if (!jobId) return
    setState((s) => ({ ...s, cancelling: true }))
    void api.invoke('job:cancel', { jobId })
  }, [])

  return { ...state, run, cancel }
}
