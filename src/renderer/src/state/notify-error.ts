import { errorMessage } from '../i18n/errors.ts'
import { notify } from './notifications.ts'

/** Shows a failed call as a translated message; never rethrows. */
export function notifyError(error: unknown): void {
  notify({ kind: 'error', message: errorMessage(error) })
}
