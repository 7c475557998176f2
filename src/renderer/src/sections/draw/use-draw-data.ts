import { useCallback, useEffect, useState } from 'react'
import type { PanelMemberView } from '../../../../shared/contract.ts'
import type { DrawView } from '../../../../shared/draws.ts'
import type { PoolTable } from '../../../../shared/pool.ts'
import { poolTableFrom } from '../../../../shared/pool.ts'
import { call } from '../../api.ts'
import { errorMessage } from '../../i18n/errors.ts'

export type DrawData = { draws: DrawView[]; members: PanelMemberView[]; pool: PoolTable }

/** The draws so far, everyone drawn with their answer, and the pool (for names and category values). */
export function useDrawData() {
  const [data, setData] = useState<DrawData | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(() => {
    Promise.all([
      call('draw:list', undefined),
      call('panel:list', undefined),
      call('pool:table', undefined).then(poolTableFrom),
    ]).then(
      ([draws, members, pool]) => {
        setError(null)
        setData({ draws, members, pool })
      },
      (failure: unknown) => setError(errorMessage(failure)),
    )
  }, [])
  useEffect(reload, [reload])

  return { data, error, reload }
}
