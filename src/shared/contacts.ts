import { z } from 'zod'
import { refusal } from './messages.ts'
import { contactChannels, type ContactChannel, type MemberStatus } from './people.ts'

/**
 * Reaching the people drawn between the draw and the first session: the contact log, the list of
 * whom to call today and the groups called first, and the confirmation dashboard against the quotas.
 */

export const contactOutcomes = ['reached', 'no-answer', 'left-message', 'wrong-details'] as const
export type ContactOutcome = (typeof contactOutcomes)[number]

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, refusal('form.isoDate'))
const text = (max: number) => z.string().trim().max(max)

export const contactAttemptSchema = z.object({
  externalId: z.string().min(1).max(100),
  date: isoDate,
  channel: z.enum(contactChannels),
  outcome: z.enum(contactOutcomes),
  note: text(1000).default(''),
  /** What to do next ("call again in the evening"), with its day. */
  nextAction: text(200).default(''),
  nextDate: isoDate.nullable().default(null),
  /** Who made the attempt: a name, until a staff directory exists. */
  staff: text(100).default(''),
  by: text(100).default(''),
})
export type ContactAttemptInput = z.infer<typeof contactAttemptSchema>

export type ContactAttempt = {
  id: number
  date: string
  channel: ContactChannel
  outcome: ContactOutcome
  note: string
  nextAction: string
  nextDate: string | null
  staff: string
  by: string
  at: string
}

/** A category value whose members are called first, and why. */
export type PriorityValue = {
  category: string
  value: string
  /** Panel members ever drawn with this value, and those who declined, withdrew or were replaced. */
  drawn: number
  droppedOut: number
  /** Marked by the organiser. */
  marked: boolean
  /** Flagged: marked, or dropping out at least twice as often as the panel as a whole (two people or more). */
  flagged: boolean
}

export type PriorityView = {
  /** Drop-outs over everyone ever drawn for the panel. */
  drawn: number
  droppedOut: number
  values: PriorityValue[]
}

/** One person to call today. */
export type ToCallEntry = {
  externalId: string
  name: string
  badgeName: string
  status: MemberStatus
  role: 'selected' | 'reserve'
  phone: string
  email: string
  channel: ContactChannel | null
  staffContact: string
  /** The day the next action is due; null: never contacted yet. */
  due: string | null
  nextAction: string
  last: { date: string; channel: ContactChannel; outcome: ContactOutcome; staff: string } | null
  attempts: number
  /** The flagged values this person has ("Age: 16-24"); non-empty: call first. */
  priority: { category: string; value: string }[]
}

export type ToCallList = { today: string; entries: ToCallEntry[] }

const priorityValue = z.object({ category: z.string().min(1).max(100), value: z.string().min(1).max(100) })
const day = z.object({ today: isoDate })

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
const returns = <T>(): T => undefined as T
const none = z
  .undefined()
  .or(z.null())
  .transform(() => undefined)
const member = z.object({ externalId: z.string().min(1).max(100) })

export const contactChannelsContract = {
  /** A member's contact attempts, newest first. */
  'contacts:list': { input: member, output: returns<ContactAttempt[]>() },
  /** Records an attempt; answers with the member's attempts. */
  'contacts:add': { input: contactAttemptSchema, output: returns<ContactAttempt[]>() },
  /** Whom to call today: next actions due (or overdue) and members never contacted, called-first groups on top. */
  'contacts:toCall': { input: day, output: returns<ToCallList>() },
  'contacts:priority': { input: none, output: returns<PriorityView>() },
  /** The category values the organiser marks as called first. */
  'contacts:setPriority': {
    input: z.object({ values: z.array(priorityValue).max(500) }),
    output: returns<PriorityView>(),
  },
  /** Confirmed, pending and withdrawn per category value against the quotas, and the seats left open. */
  'contacts:confirmations': { input: none, output: returns<ConfirmationDashboard>() },
  /** Writes a session's sign-in sheet to `file` (PDF). */
  'signIn:pdf': {
    input: z.object({
      sessionId: z.number().int(),
      file: z.string().trim().min(1, refusal('form.chooseFile')).max(4096),
    }),
    output: returns<{ file: string; pages: number }>(),
  },
  /** Writes today's call sheet to `file` (PDF). */
  'contacts:callSheetPdf': {
    input: day.extend({ file: z.string().trim().min(1, refusal('form.chooseFile')).max(4096) }),
    output: returns<{ file: string; pages: number }>(),
  },
} as const

/** One category value on the confirmation dashboard: where its panel members stand against its quota. */
export type ConfirmationRow = {
  category: string
  value: string
  min: number
  max: number
  /** Confirmed or already attended. */
  confirmed: number
  /** Drawn, with no answer yet (selected or contacted). */
  pending: number
  /** Declined or withdrew, seat not yet refilled. */
  withdrawn: number
  /** Seats still to fill to reach the minimum once the pending confirm: max(0, min − confirmed − pending). */
  short: number
  /** Above the maximum with everyone still holding a seat. */
  over: number
}

export type ConfirmationDashboard = {
  panelSize: number
  confirmed: number
  pending: number
  withdrawn: number
  /** Seats nobody holds: what the next replacement draw fills. */
  openSeats: number
  /** Whether a replacement draw can start now (a panel exists and no draw is waiting for its seed). */
  canReplace: boolean
  rows: ConfirmationRow[]
}
