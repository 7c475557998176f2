import type { ChosenStatus, MemberStatus } from '../../shared/people.ts'
import { msg, type Message } from '../../shared/messages.ts'

/**
 * The member's status, from the draw to the last session:
 * selected → contacted → confirmed → attended, with declined (a decline can be taken back until the
 * seat is replaced), withdrawn (with a reason, also after attending) and replaced (once a replacement
 * is drawn or the seat is given up). Someone on the reserve list can only be contacted: a reserve
 * joins the panel through a replacement draw.
 */
const next: Record<'selected' | 'reserve', Partial<Record<MemberStatus, readonly ChosenStatus[]>>> = {
  selected: {
    selected: ['contacted', 'confirmed', 'declined'],
    contacted: ['confirmed', 'declined'],
    confirmed: ['attended', 'withdrawn'],
    attended: ['withdrawn'],
    declined: ['confirmed', 'replaced'],
    withdrawn: ['replaced'],
  },
  reserve: { reserve: ['contacted'] },
}

/** The statuses a member in this role can be moved to from this one. */
export function nextStatuses(role: 'selected' | 'reserve', from: MemberStatus): readonly ChosenStatus[] {
  return next[role][from] ?? []
}

/** Why this change is refused, or null when it is allowed. */
export function refuseChange(
  role: 'selected' | 'reserve',
  from: MemberStatus,
  to: ChosenStatus,
  reason: string,
): Message | null {
  if (!nextStatuses(role, from).includes(to)) {
    if (role === 'reserve') return msg('people.reserveOnlyContacted')
    return msg('people.notAllowed', { from: msg(`people.status.${from}`), to: msg(`people.status.${to}`) })
  }
  if (to === 'withdrawn' && reason.trim() === '') return msg('people.withdrawalReason')
  return null
}
