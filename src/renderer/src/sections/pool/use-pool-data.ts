import { useCallback, useEffect, useState } from 'react'
import type { CategorySummary, PoolTable } from '../../../../shared/pool.ts'
import { poolTableFrom } from '../../../../shared/pool.ts'
import { call } from '../../api.ts'
import { errorMessage } from '../../i18n/errors.ts'

export type PoolData = { table: PoolTable; summary: CategorySummary[] }

/** The pool table and its per-category summary, loaded together and reloaded after every change. */
export function usePoolData() {
  const [data, setData] = useState<PoolData | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [revision, setRevision] = useState(0)

  useEffect(() => {
    let live = true
    Promise.all([call('pool:table', undefined).then(poolTableFrom), call('pool:summary', undefined)]).then(
      ([table, summary]) => {
        if (!live) return
        setData({ table, summary })
        setError(null)
      },
      (failure: unknown) => {
        if (live) setError(errorMessage(failure))
      },
    )
    return () => {
      live = false
    }
  }, [revision])

  const reload = useCallback(() => setRevision((r) => r + 1), [])
  return { data, error, reload }
}
