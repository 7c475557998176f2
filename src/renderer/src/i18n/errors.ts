import i18next from 'i18next'
import type { AppErrorData } from '../../../shared/errors.ts'
import { ApiError } from '../api.ts'

/** Error texts take their values from the error's params, which the type system cannot see. */
const translate = i18next.t.bind(i18next) as unknown as (
  key: string,
  options: Record<string, unknown>,
) => string

/** A translated, plain-language message for an error from the app (falls back to its English message). */
export function errorMessage(error: unknown): string {
  const data = toErrorData(error)
  const key = `errors.${data.code}`
  if (!i18next.exists(key)) return data.message
  return translate(key, { file: '', ...data.params, message: data.message, defaultValue: data.message })
}

export function toErrorData(error: unknown): AppErrorData {
  if (error instanceof ApiError) return error.data
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'internal', message }
}
