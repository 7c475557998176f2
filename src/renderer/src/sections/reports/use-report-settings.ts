import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReportContents, ReportSettings } from '../../../../shared/reports.ts'
import { call } from '../../api.ts'
import { errorMessage } from '../../i18n/errors.ts'
import { notifyError } from '../../state/notify-error.ts'
import { registerFlusher } from '../../state/pending-saves.ts'
import type { SaveStatus } from '../profile/use-profile-editor.ts'

const SAVE_DELAY_MS = 400

/**
 * The final report's choices as they are edited: each change shows at once and the whole set is
 * saved a moment after the last keystroke (and before the assembly is closed or copied).
 */
export function useReportSettings() {
  const [settings, setSettings] = useState<ReportSettings | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [status, setStatus] = useState<SaveStatus>('idle')
  const pending = useRef<ReportContents | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const chain = useRef<Promise<void>>(Promise.resolve())
  // Read through a function: an edit may arrive while a save is on its way.
  const waiting = () => pending.current !== null

  const load = useCallback(() => {
    call('reports:settings', undefined).then(
      (loaded) => {
        setLoadError(null)
        setSettings(loaded)
      },
      (error: unknown) => setLoadError(errorMessage(error)),
    )
  }, [])
  useEffect(load, [load])

  const saveOnce = useCallback(async () => {
    const contents = pending.current
    pending.current = null
    if (!contents) return
    setStatus('saving')
    try {
      await call('reports:saveContents', contents)
      setStatus(waiting() ? 'saving' : 'saved')
    } catch (error) {
      // Kept on screen and tried again with the next edit.
      pending.current ??= contents
      setStatus('error')
      notifyError(error)
    }
  }, [])

  const flush = useCallback((): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current)
      timer.current = null
    }
    chain.current = chain.current.then(saveOnce)
    return chain.current
  }, [saveOnce])
  useEffect(() => registerFlusher(flush), [flush])
  useEffect(() => () => void flush(), [flush])

  const latest = useRef(settings)
  useEffect(() => {
    latest.current = settings
  })

  const edit = useCallback(
    (patch: Partial<ReportContents>, options: { now?: boolean } = {}) => {
      const current = latest.current
      if (!current) return
      const next = { ...current, ...patch }
      latest.current = next
      setSettings(next)
      pending.current = {
        sections: next.sections,
        foreword: next.foreword,
        summary: next.summary,
        membersStatement: next.membersStatement,
      }
      if (timer.current) clearTimeout(timer.current)
      if (options.now) void flush()
      else timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS)
    },
    [flush],
  )

  return { settings, setSettings, loadError, reload: load, status, edit, flush }
}
