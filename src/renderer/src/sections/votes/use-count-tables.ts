import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { BallotSpec, CountView, TableCount } from '../../../../shared/votes.ts'
import { call } from '../../api.ts'
import { notifyError } from '../../state/notify-error.ts'
import { registerFlusher } from '../../state/pending-saves.ts'
import type { SaveStatus } from '../profile/use-profile-editor.ts'
import { emptyTable, fitTables, withCell, type CountColumn } from './count-columns.ts'

/** Members present are saved on their own (PresentPanel): attendance may give them. */
type Draft = { tables: TableCount[]; declaredTotal: number | null }

/**
 * The per-table counts as they are typed. Every change is sent at once (no waiting for a pause):
 * while one save is on its way, later changes wait and go together as soon as it returns. The app
 * answers each save with the live result, so the result follows the typing within one round trip,
 * and nothing typed is lost if the laptop dies.
 */
export function useCountTables(
  ballotId: number,
  spec: BallotSpec,
  count: CountView,
  tableLabel: (n: number) => string,
  onCount: (count: CountView) => void,
) {
  const [draft, setDraft] = useState<Draft>(() => ({
    tables: count.tables.length > 0 ? fitTables(spec, count.tables) : [emptyTable(spec, tableLabel(1))],
    declaredTotal: count.declaredTotal,
  }))
  const [status, setStatus] = useState<SaveStatus>('idle')
  const latest = useRef(draft)
  const dirty = useRef(false)
  const inFlight = useRef<Promise<void> | null>(null)

  const send = useCallback((): Promise<void> => {
    if (inFlight.current) return inFlight.current
    if (!dirty.current) return Promise.resolve()
    const run = async () => {
      // "Saving…" shows only when the app is slow to answer: flickering it on every keystroke
      // would cost more than the save itself.
      const slow = setTimeout(() => setStatus('saving'), 300)
      try {
        while (dirty.current) {
          dirty.current = false
          const { tables, declaredTotal } = latest.current
          const saved = await call('count:saveTables', { ballotId, declaredTotal, tables })
          onCount(saved)
        }
        setStatus('saved')
      } catch (error) {
        setStatus('error')
        notifyError(error)
      } finally {
        clearTimeout(slow)
      }
    }
    inFlight.current = run().finally(() => {
      inFlight.current = null
    })
    return inFlight.current
  }, [ballotId, onCount])

  const update = useCallback(
    (change: (draft: Draft) => Draft) => {
      const next = change(latest.current)
      latest.current = next
      dirty.current = true
      setDraft(next)
      void send()
    },
    [send],
  )

  useEffect(() => registerFlusher(send), [send])

  const edits = useMemo(
    () => ({
      setCell: (row: number, column: CountColumn, value: number) =>
        update((d) => ({
          ...d,
          tables: d.tables.map((t, i) => (i === row ? withCell(spec, t, column, value) : t)),
        })),
      setLabel: (row: number, label: string) =>
        update((d) => ({ ...d, tables: d.tables.map((t, i) => (i === row ? { ...t, label } : t)) })),
      addTable: () =>
        update((d) => ({ ...d, tables: [...d.tables, emptyTable(spec, tableLabel(d.tables.length + 1))] })),
      removeTable: (row: number) => update((d) => ({ ...d, tables: d.tables.filter((_, i) => i !== row) })),
      setDeclaredTotal: (declaredTotal: number | null) => update((d) => ({ ...d, declaredTotal })),
    }),
    [update, spec, tableLabel],
  )

  return { draft, status, ...edits }
}
