import { msg } from '../../shared/messages.ts'
import { AppError } from '../../shared/errors.ts'

export type QuotaKind = 'droop' | 'hagenbach-bischoff' | 'hare' | 'imperiali'

/**
 * Reads options.quota: the kind is the text before any ':' ("hare: V/S" → hare), so a file can
 * spell out the formula after the name.
 */
export function quotaKind(text: string | undefined, fallback: QuotaKind = 'droop'): QuotaKind {
  if (text === undefined) return fallback
  const kind = text.split(':')[0]?.trim().toLowerCase() ?? ''
  if (kind === 'droop' || kind === 'hagenbach-bischoff' || kind === 'hare' || kind === 'imperiali')
    return kind
  throw new AppError('invalid-input', msg('tally.unknownQuota', { quota: text }))
}

/** Droop floor(V/(S+1))+1; Hagenbach-Bischoff V/(S+1); Hare V/S; Imperiali V/(S+2). */
export function quotaValue(kind: QuotaKind, votes: number, seats: number): number {
  switch (kind) {
    case 'droop':
      return Math.floor(votes / (seats + 1)) + 1
    case 'hagenbach-bischoff':
      return votes / (seats + 1)
    case 'hare':
      return votes / seats
    case 'imperiali':
      return votes / (seats + 2)
  }
}
