import { useCallback, useEffect, useState } from 'react'
import type { SessionsOverview } from '../../../../shared/sessions.ts'
import { call } from '../../api.ts'
import { errorMessage } from '../../i18n/errors.ts'

/** The sessions overview (list, totals, checks), reloaded after every change. */
export function useSessionsOverview() {
  const [data, setData] = useState<SessionsOverview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const reload = useCallback(() => {
    call('sessions:overview', undefined).then(
      (overview) => {
        setData(overview)
        setError(null)
      },
      (e: unknown) => setError(errorMessage(e)),
    )
  }, [])
  useEffect(reload, [reload])
  return { data, error, reload }
}
