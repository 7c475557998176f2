import { msg, type Message } from '../../shared/messages.ts'
import type { AttendanceState, MemberStatus } from '../../shared/people.ts'

/** An arrival more than this many minutes after the session starts is marked late, with its time. */
export const LATE_AFTER_MINUTES = 15

/** Members who can be marked at a session: those who confirmed (or already attended one). */
const markable: readonly MemberStatus[] = ['confirmed', 'attended']

/** States in which a member counts as there (towards members present at a vote). */
export const thereStates: readonly AttendanceState[] = ['present', 'late', 'left-early']

export type MarkRequest = {
  role: 'selected' | 'reserve'
  status: MemberStatus
  state: AttendanceState
  arrived: number | null
  left: number | null
}

/** Why this attendance mark is refused, or null when it can be recorded. */
export function refuseMark(mark: MarkRequest): Message | null {
  if (mark.role === 'reserve') return msg('people.reserveNoAttendance')
  if (!markable.includes(mark.status))
    return msg('people.notConfirmedYet', { status: msg(`people.status.${mark.status}`) })
  if (mark.state === 'late' && mark.arrived === null) return msg('people.lateNeedsTime')
  if (mark.state === 'left-early' && mark.left === null) return msg('people.leftNeedsTime')
  if (mark.state === 'absent' && (mark.arrived !== null || mark.left !== null))
    return msg('people.absentNoTimes')
  if (mark.arrived !== null && mark.left !== null && mark.left <= mark.arrived)
    return msg('people.leftBeforeArrived')
  return null
}

/** At the door: on time (present) or late, from the arrival time and the session's start. */
export function arrivalState(arrived: number, sessionStart: number): 'present' | 'late' {
  return arrived > sessionStart + LATE_AFTER_MINUTES ? 'late' : 'present'
}
