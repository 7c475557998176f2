import { useCallback, useEffect, useRef, useState } from 'react'
import {
  quotaBoundsProblem,
  type QuotaRow,
  type QuotaTable,
  type QuotaValueView,
} from '../../../../shared/quotas.ts'
import { call } from '../../api.ts'
import { errorMessage } from '../../i18n/errors.ts'
import { notifyError } from '../../state/notify-error.ts'
import { registerFlusher } from '../../state/pending-saves.ts'
import type { SaveStatus } from '../profile/use-profile-editor.ts'

const SAVE_DELAY_MS = 400

export type QuotaEdit = Partial<
  Pick<QuotaRow, 'min' | 'max' | 'minFlex' | 'maxFlex' | 'populationShare' | 'justification'>
>

const keyOf = (category: string, value: string) => `${category}\u0000${value}`

/** The fields the app stores for one value (the pool figures are computed, not saved). */
export function quotaRow(view: QuotaValueView): QuotaRow {
  const { category, value, min, max, minFlex, maxFlex, populationShare, justification } = view
  return { category, value, min, max, minFlex, maxFlex, populationShare, justification }
}

/**
 * The quotas as they are being edited. Each edit shows at once and is saved a moment after the
 * last keystroke; a row whose bounds do not hold together (minimum above maximum…) waits until they do.
 */
export function useQuotas() {
  const [table, setTable] = useState<QuotaTable | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [status, setStatus] = useState<SaveStatus>('idle')
  const pendingRows = useRef(new Map<string, QuotaRow>())
  const pendingSize = useRef<number | undefined>(undefined)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const chain = useRef<Promise<void>>(Promise.resolve())

  const load = useCallback(() => {
    call('quotas:get', undefined).then(
      (loaded) => {
        setLoadError(null)
        setTable(loaded)
      },
      (error: unknown) => setLoadError(errorMessage(error)),
    )
  }, [])
  useEffect(load, [load])

  // Read through a function: edits arrive while a save is on its way.
  const hasPending = useCallback(() => pendingRows.current.size > 0 || pendingSize.current !== undefined, [])

  const saveOnce = useCallback(async (): Promise<void> => {
    const rows = [...pendingRows.current.values()]
    const panelSize = pendingSize.current
    if (rows.length === 0 && panelSize === undefined) return
    pendingRows.current = new Map()
    pendingSize.current = undefined
    setStatus('saving')
    try {
      const saved = await call('quotas:save', panelSize === undefined ? { rows } : { rows, panelSize })
      // Keep what is being typed; take the app's figures once nothing else waits.
      if (!hasPending()) setTable(saved)
      setStatus('saved')
    } catch (error) {
      setStatus('error')
      notifyError(error)
    }
  }, [hasPending])

  const flush = useCallback((): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current)
      timer.current = null
    }
    chain.current = chain.current.then(saveOnce)
    return chain.current
  }, [saveOnce])

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS)
  }, [flush])

  useEffect(() => {
    const unregister = registerFlusher(flush)
    return () => {
      unregister()
      void flush()
    }
  }, [flush])

  const editRow = useCallback(
    (category: string, value: string, edit: QuotaEdit) => {
      setTable((current) => {
        if (!current) return current
        const categories = current.categories.map((c) =>
          c.name !== category
            ? c
            : {
                ...c,
                values: c.values.map((v) => {
                  if (v.value !== value) return v
                  const next = { ...v, ...edit }
                  if (quotaBoundsProblem(next) === null)
                    pendingRows.current.set(keyOf(category, value), quotaRow(next))
                  else pendingRows.current.delete(keyOf(category, value))
                  return next
                }),
              },
        )
        return { ...current, categories }
      })
      schedule()
    },
    [schedule],
  )

  const setPanelSize = useCallback(
    (size: number) => {
      setTable((current) => (current ? { ...current, panelSize: size } : current))
      pendingSize.current = size
      schedule()
    },
    [schedule],
  )

  /** Takes a table the app returned from another command (shares, import, relaxation, lock). */
  const replace = useCallback((next: QuotaTable) => {
    setTable(next)
    setStatus('saved')
  }, [])

  return { table, loadError, status, load, editRow, setPanelSize, flush, replace }
}

export type QuotasEditorState = ReturnType<typeof useQuotas>
