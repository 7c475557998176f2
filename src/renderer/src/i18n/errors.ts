import i18next from 'i18next'
import type { AppErrorData } from '../../../shared/errors.ts'
import { ApiError } from '../api.ts'
import { say } from './say.ts'

/** Error texts take their values from the error's params, which the type system cannot see. */
const translate = i18next.t.bind(i18next) as unknown as (
  key: string,
  options: Record<string, unknown>,
) => string

/**
 * What the error says, in the UI's language: its message of the catalogue when it has one (see
 * src/shared/messages.ts), its English message otherwise.
 */
export function errorText(error: unknown): string {
  const data = toErrorData(error)
  return data.key ? say({ key: data.key, params: data.params ?? {} }) : data.message
}

/** A translated, plain-language message for an error from the app (falls back to its English message). */
export function errorMessage(error: unknown): string {
  const data = toErrorData(error)
  const text = errorText(error)
  const key = `errors.${data.code}`
  if (!i18next.exists(key)) return text
  const plain: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(data.params ?? {}))
    if (typeof value === 'string' || typeof value === 'number') plain[name] = value
  return translate(key, { file: '', ...plain, message: text, defaultValue: text })
}

export function toErrorData(error: unknown): AppErrorData {
  if (error instanceof ApiError) return error.data
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'internal', message }
}
