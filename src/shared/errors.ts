/**
 * Errors travel as data across every transport (IPC, the web bridge, the CLI):
 * a stable `code` the UI translates, and a plain English `message` for logs and the CLI.
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
  /** Values the UI may interpolate into its translated message. */
  params?: Record<string, string | number>
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData }

/** The one error type the core throws on purpose; anything else becomes `internal`. */
export class AppError extends Error {
  override name = 'AppError'
  readonly code: ErrorCode
  readonly params: Record<string, string | number> | undefined

  constructor(code: ErrorCode, message: string, params?: Record<string, string | number>) {
    super(message)
    this.code = code
    this.params = params
  }

  toData(): AppErrorData {
    return this.params
      ? { code: this.code, message: this.message, params: this.params }
      : { code: this.code, message: this.message }
  }
}
