import { english, isMessage, type Message, type MessageKey, type MessageParams } from './messages.ts'

/**
 * Errors travel as data across every transport (IPC, the web bridge, the CLI):
 * a stable `code`, and a plain English `message` for logs and the CLI. An error made with a
 * message of the catalogue (`key` + `params`, see messages.ts) is worded by the UI in its
 * language; its English `message` is the same key worded from the English catalogue.
 */
export const errorCodes = [
  'invalid-input',
  'unknown-channel',
  'no-project-open',
  'file-exists',
  'file-not-found',
  'not-sqlite',
  'not-an-assembly',
  'newer-format',
  'damaged-file',
  'already-open',
  'locked-by-other',
  'profile-locked',
  'quotas-locked',
  'backup-not-found',
  'cancelled',
  'infeasible-quotas',
  'io-error',
  'internal',
] as const

export type ErrorCode = (typeof errorCodes)[number]

export type AppErrorData = {
  code: ErrorCode
  message: string
  /** The catalogue key of the message, when the error has one (the UI words it with `params`). */
  key?: MessageKey
  /** The key's parameters, and values the UI may interpolate into its translated message. */
  params?: MessageParams
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData }

/** The one error type the core throws on purpose; anything else becomes `internal`. */
export class AppError extends Error {
  override name = 'AppError'
  readonly code: ErrorCode
  readonly key: MessageKey | undefined
  readonly params: MessageParams | undefined

  /**
   * `message` is a message of the catalogue; plain English only where the UI words the error from
   * its code alone (file-exists, io-error…) or for an internal fault.
   */
  constructor(code: ErrorCode, message: string | Message, params?: MessageParams) {
    super(isMessage(message) ? english(message) : message)
    this.code = code
    this.key = isMessage(message) ? message.key : undefined
    const all = isMessage(message) ? { ...message.params, ...params } : params
    this.params = all && Object.keys(all).length > 0 ? all : undefined
  }

  /** The error's message as a message of the catalogue, if it has one. */
  get text(): Message | undefined {
    if (!this.key) return undefined
    return this.params ? { key: this.key, params: this.params } : { key: this.key }
  }

  toData(): AppErrorData {
    const data: AppErrorData = { code: this.code, message: this.message }
    if (this.key) data.key = this.key
    if (this.params) data.params = this.params
    return data
  }

  static fromData(data: AppErrorData): AppError {
    if (!data.key) return new AppError(data.code, data.message, data.params)
    return new AppError(data.code, data.params ? { key: data.key, params: data.params } : { key: data.key })
  }
}

/** Any error as a message of the catalogue: its own, or its English text as data. */
export function messageOfError(error: unknown): Message {
  if (error instanceof AppError && error.text) return error.text
  return { key: 'common.text', params: { text: error instanceof Error ? error.message : String(error) } }
}
