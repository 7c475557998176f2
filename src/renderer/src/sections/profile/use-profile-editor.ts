import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Profile, ProfileState } from '../../../../shared/profile.ts'
import { ApiError, call } from '../../api.ts'
import { errorMessage } from '../../i18n/errors.ts'
import { notifyError } from '../../state/notify-error.ts'
import { registerFlusher } from '../../state/pending-saves.ts'

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error'
/** A partial edit of the profile (every key present has a value). */
export type ProfileEdit = Partial<Profile>
export type FieldErrors = Partial<Record<keyof Profile, string>>

const SAVE_DELAY_MS = 400
const knownErrors = ['name', 'contactEmail', 'endDate', 'startDate', 'targetPanelSize'] as const

/**
 * The profile as it is being edited. Each edit shows at once and is saved a moment after the last
 * keystroke (or at once on blur); a field the app refuses gets its own message and the other edits
 * are still saved.
 */
export function useProfileEditor(onSaved: (saved: ProfileState) => void) {
  const { t } = useTranslation()
  const [profile, setProfile] = useState<ProfileState | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [status, setStatus] = useState<SaveStatus>('idle')
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const pending = useRef<ProfileEdit>({})
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const chain = useRef<Promise<void>>(Promise.resolve())
  const onSavedRef = useRef(onSaved)
  useEffect(() => {
    onSavedRef.current = onSaved
  })

  const load = useCallback(() => {
    call('profile:get', undefined).then(
      (loaded) => {
        setLoadError(null)
        setProfile(loaded)
      },
      (error: unknown) => setLoadError(errorMessage(error)),
    )
  }, [])
  useEffect(load, [load])
  const latest = useRef(profile)
  useEffect(() => {
    latest.current = profile
  })

  const fieldMessage = useCallback(
    (field: keyof Profile): string => {
      const known = knownErrors.find((k) => k === field)
      return known ? t(`profile.errors.${known}`) : t('profile.errors.tooLong')
    },
    [t],
  )

  const saveOnce = useCallback(async (): Promise<void> => {
    let patch = pending.current
    pending.current = {}
    while (Object.keys(patch).length > 0) {
      setStatus('saving')
      try {
        const saved = await call('profile:update', { patch: withoutBlankVenues(patch) })
        setStatus(Object.keys(pending.current).length > 0 ? 'saving' : 'saved')
        onSavedRef.current(saved)
        return
      } catch (error) {
        const field = refusedField(error, patch)
        if (!field) {
          // Keep the edit: it is tried again with the next one.
          pending.current = { ...patch, ...pending.current }
          setStatus('error')
          if (error instanceof ApiError && error.data.code === 'profile-locked') load()
          notifyError(error)
          return
        }
        setFieldErrors((current) => ({ ...current, [field]: fieldMessage(field) }))
        // A refusal about the dates may come from the other date: keep both out and save the rest.
        patch = omit(patch, Object.hasOwn(patch, field) ? [field] : ['startDate', 'endDate'])
        setStatus(Object.keys(patch).length > 0 ? 'saving' : 'error')
      }
    }
  }, [fieldMessage, load])

  const flush = useCallback((): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current)
      timer.current = null
    }
    chain.current = chain.current.then(saveOnce)
    return chain.current
  }, [saveOnce])

  useEffect(() => registerFlusher(flush), [flush])
  // Whatever is still pending when the section closes is saved.
  useEffect(() => () => void flush(), [flush])

  const edit = useCallback(
    (patch: ProfileEdit, options: { now?: boolean } = {}) => {
      setProfile((current) => (current ? { ...current, ...patch } : current))
      const edited = Object.keys(patch) as (keyof Profile)[]
      setFieldErrors((current) => omit(current, 'startDate' in patch ? [...edited, 'endDate'] : edited))
      pending.current = { ...pending.current, ...patch }
      // Dates are checked together: a changed first day may make the last day acceptable again.
      const endDate = latest.current?.endDate
      if ('startDate' in patch && endDate && !('endDate' in pending.current))
        pending.current = { ...pending.current, endDate }
      if (timer.current) clearTimeout(timer.current)
      if (options.now) void flush()
      else timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS)
    },
    [flush],
  )

  return { profile, setProfile, loadError, reload: load, status, fieldErrors, edit, flush }
}

/** The profile field the app refused, when the refusal names one that this patch contains. */
function refusedField(error: unknown, patch: ProfileEdit): keyof Profile | null {
  if (!(error instanceof ApiError) || error.data.code !== 'invalid-input') return null
  const field = error.data.params?.['field']
  const raw = typeof field === 'string' ? field : ''
  const key = raw.replace(/^patch\./, '').split('.')[0] ?? ''
  if (Object.hasOwn(patch, key)) return key as keyof Profile
  const datesInPatch = Object.hasOwn(patch, 'startDate') || Object.hasOwn(patch, 'endDate')
  return (key === 'startDate' || key === 'endDate') && datesInPatch ? key : null
}

/** Empty venue rows are kept on screen while typing, but never saved. */
function withoutBlankVenues(patch: ProfileEdit): ProfileEdit {
  if (!patch.venues) return patch
  return { ...patch, venues: patch.venues.map((v) => v.trim()).filter((v) => v !== '') }
}

function omit<T extends object>(value: T, keys: readonly (keyof T)[]): T {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key as keyof T))) as T
}
