import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'

/** Throws `cancelled` when the caller has aborted; called between solver iterations. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('cancelled', msg('sortition.cancelled'))
}

/** Lets timers and messages (a Cancel button, AbortSignal.timeout) run between iterations. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
