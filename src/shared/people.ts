import { z } from 'zod'
import { refusal } from './messages.ts'

/** The panel's members from the draw to the last session: their record, status and attendance. */

/**
 * Where a drawn person stands. `selected` and `reserve` come from the draw; the rest are answers and
 * facts recorded since, each kept with its time and author (see core/people/status-machine.ts).
 */
export const memberStatuses = [
  'selected',
  'reserve',
  'contacted',
  'confirmed',
  'declined',
  'withdrawn',
  'replaced',
  'attended',
] as const
export type MemberStatus = (typeof memberStatuses)[number]

/** Statuses in which a panel member holds a seat (a replacement draw fills the others'). */
export const seatHolding: readonly MemberStatus[] = ['selected', 'contacted', 'confirmed', 'attended']

/** The statuses someone can be moved to by hand (selected and reserve only come from a draw). */
export const chosenStatuses = [
  'contacted',
  'confirmed',
  'declined',
  'withdrawn',
  'replaced',
  'attended',
] as const
export type ChosenStatus = (typeof chosenStatuses)[number]

export const contactChannels = ['email', 'phone', 'sms', 'post', 'in-person'] as const
export type ContactChannel = (typeof contactChannels)[number]

export const attendanceStates = ['present', 'late', 'left-early', 'absent'] as const
export type AttendanceState = (typeof attendanceStates)[number]

const text = (max: number) => z.string().trim().max(max)
/** A time of day as minutes after midnight. */
const minutes = z
  .number()
  .int()
  .min(0)
  .max(24 * 60)

export const statusChangeSchema = z.object({
  externalId: z.string().min(1).max(100),
  status: z.enum(chosenStatuses),
  reason: text(500).default(''),
  by: text(100).default(''),
})

export const memberRecordSchema = z.object({
  preferredName: text(100),
  email: text(200),
  phone: text(50),
  channel: z.enum(contactChannels).nullable(),
  language: text(50),
  staffContact: text(100),
})
export type MemberRecordInput = z.infer<typeof memberRecordSchema>

export const commentSchema = z.object({
  externalId: z.string().min(1).max(100),
  text: z.string().trim().min(1, refusal('form.commentText')).max(2000),
  by: text(100).default(''),
})

export const attendanceSchema = z.object({
  externalId: z.string().min(1).max(100),
  sessionId: z.number().int(),
  /** null clears what was recorded. */
  state: z.enum(attendanceStates).nullable(),
  arrived: minutes.nullable().default(null),
  left: minutes.nullable().default(null),
  reason: text(500).default(''),
  by: text(100).default(''),
})

export const checkInSchema = z.object({
  externalId: z.string().min(1).max(100),
  sessionId: z.number().int(),
  /** The time of arrival (minutes after midnight), as the volunteer's clock reads it. */
  at: minutes,
  by: text(100).default(''),
})

export type StatusChange = { from: MemberStatus; to: MemberStatus; reason: string; by: string; at: string }
export type MemberComment = { id: number; text: string; by: string; at: string }

export type AttendanceMark = {
  sessionId: number
  state: AttendanceState
  arrived: number | null
  left: number | null
  reason: string
  by: string
  at: string
}

/** One member as lists show them. */
export type MemberSummary = {
  externalId: string
  firstName: string
  lastName: string
  /** The name on the badge: the preferred name, or the first and last names. */
  badgeName: string
  role: 'selected' | 'reserve'
  reserveRank: number | null
  status: MemberStatus
  channel: ContactChannel | null
  staffContact: string
}

export type MemberDetail = MemberSummary & {
  record: MemberRecordInput
  history: StatusChange[]
  comments: MemberComment[]
  attendance: AttendanceMark[]
  /** The statuses this member can be moved to now. */
  next: ChosenStatus[]
}

export type AttendanceGrid = {
  sessions: { id: number; title: string; date: string; start: number }[]
  members: (MemberSummary & { marks: Record<number, AttendanceMark> })[]
}

export type CheckInResult = { externalId: string; badgeName: string; state: AttendanceState; arrived: number }

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
const returns = <T>(): T => undefined as T
const none = z
  .undefined()
  .or(z.null())
  .transform(() => undefined)
const member = z.object({ externalId: z.string().min(1).max(100) })

/** The People section's channels (the draw screen's answers go through `panel:setStatus`, the same use case). */
export const peopleChannels = {
  /** Everyone drawn: the panel, then the reserve list, with their status. */
  'people:list': { input: none, output: returns<MemberSummary[]>() },
  'people:get': { input: member, output: returns<MemberDetail>() },
  'people:saveRecord': {
    input: member.extend({ record: memberRecordSchema }),
    output: returns<MemberDetail>(),
  },
  /** Adds a comment to a member's trail (who, when, what). */
  'people:comment': { input: commentSchema, output: returns<MemberDetail>() },
  /** The panel × the sessions, with every attendance mark. */
  'attendance:grid': { input: none, output: returns<AttendanceGrid>() },
  /** Records one mark from the grid (or clears it with a null state). */
  'attendance:mark': { input: attendanceSchema, output: returns<null>() },
  /** Checks a member in at the door: present, or late with the time. */
  'attendance:checkIn': { input: checkInSchema, output: returns<CheckInResult>() },
} as const
