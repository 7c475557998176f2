import { z } from 'zod'
import type { Message } from './messages.ts'

/** The meeting days of an assembly: sessions, their blocks, speakers and members' questions. */

export const sessionModes = ['in-person', 'online', 'hybrid'] as const
export type SessionMode = (typeof sessionModes)[number]

export const phases = ['learning', 'deliberation', 'decision'] as const
export type Phase = (typeof phases)[number]

export const blockKinds = [
  'arrival',
  'welcome',
  'ground-rules',
  'evidence',
  'qa',
  'table-discussion',
  'plenary-feedback',
  'break',
  'meal',
  'drafting',
  'voting',
  'evaluation',
  'close',
  'other',
] as const
export type BlockKind = (typeof blockKinds)[number]

/** Blocks that are a pause (arrival is coffee and sign-in): they end a stretch of work. */
export const pauseKinds: readonly BlockKind[] = ['arrival', 'break', 'meal']

export const speakerRoles = ['expert', 'advocate', 'stakeholder', 'witness'] as const
export type SpeakerRole = (typeof speakerRoles)[number]

export const questionStatuses = ['asked', 'assigned', 'answered', 'shared'] as const
export type QuestionStatus = (typeof questionStatuses)[number]

export const sessionTemplates = [
  'four-weekends',
  'evening-series',
  'citizens-jury',
  'citizens-initiative-review',
  'peoples-assembly',
] as const
export type SessionTemplate = (typeof sessionTemplates)[number]

export const paperSizes = ['a4', 'letter'] as const
export type PaperSize = (typeof paperSizes)[number]

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD.')
/** A time of day in minutes after midnight (09:30 → 570). */
const minuteOfDay = z
  .number()
  .int()
  .min(0)
  .max(24 * 60)
const text = (max: number) => z.string().trim().max(max)

export const sessionInputSchema = z.object({
  title: z.string().trim().min(1, 'The session needs a title.').max(200),
  date: isoDate,
  start: minuteOfDay,
  end: minuteOfDay,
  venue: text(300),
  mode: z.enum(sessionModes),
  phases: z.array(z.enum(phases)).min(1).max(2),
  notes: text(5000),
})
export type SessionInput = z.infer<typeof sessionInputSchema>

export const blockInputSchema = z.object({
  kind: z.enum(blockKinds),
  title: text(200),
  duration: z
    .number()
    .int()
    .min(5, 'A block lasts at least 5 minutes.')
    .max(12 * 60),
  /** A fixed-time block (lunch at 12:30) starts at `start` whatever comes before it. */
  fixedStart: minuteOfDay.nullable(),
  lead: text(200),
  speakerIds: z.array(z.number().int()).max(30),
  facilitators: z.array(text(200)).max(50),
  room: text(200),
  materials: text(2000),
  avNeeds: text(2000),
  interpretation: text(2000),
  staffNote: text(5000),
  ballotId: z.number().int().nullable(),
})
export type BlockInput = z.infer<typeof blockInputSchema>

/** A block with nothing filled in but its kind, title and minutes. */
export function blankBlock(kind: BlockKind, title: string, duration: number): BlockInput {
  return {
    kind,
    title,
    duration,
    fixedStart: null,
    lead: '',
    speakerIds: [],
    facilitators: [],
    room: '',
    materials: '',
    avNeeds: '',
    interpretation: '',
    staffNote: '',
    ballotId: null,
  }
}

export const speakerInputSchema = z.object({
  name: z.string().trim().min(1, 'The speaker needs a name.').max(200),
  organisation: text(300),
  role: z.enum(speakerRoles),
  declaration: text(5000),
  briefingSentOn: isoDate.nullable(),
  slidesReceived: z.boolean(),
  publishConsent: z.boolean(),
  fee: z.number().min(0).max(1_000_000),
  expenses: z.number().min(0).max(1_000_000),
  notes: text(5000),
})
export type SpeakerInput = z.infer<typeof speakerInputSchema>

export const questionInputSchema = z.object({
  sessionId: z.number().int().nullable(),
  table: text(100),
  text: z.string().trim().min(1, 'Write the question.').max(5000),
  /** Who answers: a speaker of the register, the secretariat, or nobody yet. */
  assignee: z.union([
    z.object({ kind: z.literal('speaker'), speakerId: z.number().int() }),
    z.object({ kind: z.literal('secretariat') }),
    z.null(),
  ]),
  answer: text(20_000),
  answeredOn: isoDate.nullable(),
  sharedOn: isoDate.nullable(),
})
export type QuestionInput = z.infer<typeof questionInputSchema>

export const agendaGoalSchema = z.object({
  minHours: z.number().min(0).max(1000),
  minDays: z.number().int().min(0).max(100),
})
export type AgendaGoal = z.infer<typeof agendaGoalSchema>

export type BlockView = BlockInput & {
  id: number
  sessionId: number
  position: number
  /** Where the block starts now, after the blocks before it (minutes after midnight). */
  start: number
  end: number
  /** Names of its speakers, in order. */
  speakerNames: string[]
  /** The ballot a voting block names, by title. */
  ballotTitle: string | null
}

/** The editable fields of a block as the app shows it (to save it changed, or copy it). */
export function blockInputOf(block: BlockView): BlockInput {
  const {
    id: _id,
    sessionId: _s,
    position: _p,
    start: _st,
    end: _e,
    speakerNames: _n,
    ballotTitle: _b,
    ...input
  } = block
  return input
}

/** A sentence about the agenda, never blocking, with the blocks it is about. */
export type AgendaCheck = {
  kind: 'double-booked' | 'room-twice' | 'no-break' | 'past-end' | 'does-not-fit' | 'voting-no-ballot'
  message: Message
  sessionIds: number[]
  blockIds: number[]
}

export type SessionSummary = SessionInput & {
  id: number
  blockCount: number
  /** Minutes of blocks (pauses included), and of pauses alone. */
  minutes: number
  pauseMinutes: number
  checkCount: number
}

export type SessionDetail = SessionSummary & { blocks: BlockView[]; checks: AgendaCheck[] }

export type PhaseTotals = {
  minutes: Record<Phase, number>
  totalMinutes: number
  days: number
  goal: AgendaGoal
}

export type SpeakerView = SpeakerInput & {
  id: number
  /** The blocks where the speaker appears, in date order. */
  appearances: {
    sessionId: number
    sessionTitle: string
    date: string
    blockId: number
    blockTitle: string
    start: number
  }[]
}

export type QuestionView = QuestionInput & {
  id: number
  status: QuestionStatus
  sessionTitle: string | null
  speakerName: string | null
  createdAt: string
}

export type SessionsOverview = {
  sessions: SessionSummary[]
  totals: PhaseTotals
  checks: AgendaCheck[]
  /** Ballots of the Votes section a voting block can name. */
  ballots: { id: number; title: string }[]
  /** The profile's venues, offered first. */
  venues: string[]
  speakers: { id: number; name: string }[]
  paperSize: PaperSize
}

export const reportKinds = ['agenda', 'run-of-show'] as const
export type ReportKind = (typeof reportKinds)[number]

const id = z.object({ id: z.number().int() })
const filePath = z.string().trim().min(1, 'Choose a file.').max(4096)

/** A marker carrying an output type; never read at run time. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
const returns = <T>(): T => undefined as T
const none = z
  .undefined()
  .or(z.null())
  .transform(() => undefined)

/** The channels of the sessions aggregate, spread into the contract. */
export const sessionChannels = {
  'sessions:overview': { input: none, output: returns<SessionsOverview>() },
  'sessions:get': { input: id, output: returns<SessionDetail>() },
  'sessions:create': { input: sessionInputSchema, output: returns<SessionDetail>() },
  'sessions:update': { input: sessionInputSchema.extend(id.shape), output: returns<SessionDetail>() },
  /** Deletes a session and its blocks; refused, saying why, while members' questions point at it. */
  'sessions:delete': { input: id, output: returns<null>() },
  /** A copy of a session and its blocks on another day. */
  'sessions:duplicate': {
    input: z.object({ id: z.number().int(), date: isoDate }),
    output: returns<SessionDetail>(),
  },
  /** A full plan from a template: its sessions from the first date, `spacingDays` apart. */
  'sessions:fromTemplate': {
    input: z.object({
      template: z.enum(sessionTemplates),
      firstDate: isoDate,
      spacingDays: z.number().int().min(1).max(90),
    }),
    output: returns<SessionSummary[]>(),
  },
  'sessions:setGoal': { input: agendaGoalSchema, output: returns<PhaseTotals>() },
  'sessions:setPaperSize': { input: z.object({ paperSize: z.enum(paperSizes) }), output: returns<null>() },
  /** Adds a block at `index` (at the end when absent); the blocks after it follow. */
  'blocks:add': {
    input: blockInputSchema.extend({
      sessionId: z.number().int(),
      index: z.number().int().min(0).optional(),
    }),
    output: returns<SessionDetail>(),
  },
  'blocks:update': { input: blockInputSchema.extend(id.shape), output: returns<SessionDetail>() },
  'blocks:delete': { input: id, output: returns<SessionDetail>() },
  'blocks:duplicate': { input: id, output: returns<SessionDetail>() },
  /** Moves a block to another place in its session; the times follow. */
  'blocks:move': {
    input: z.object({ id: z.number().int(), index: z.number().int().min(0) }),
    output: returns<SessionDetail>(),
  },
  'speakers:list': { input: none, output: returns<SpeakerView[]>() },
  'speakers:create': { input: speakerInputSchema, output: returns<SpeakerView>() },
  'speakers:update': { input: speakerInputSchema.extend(id.shape), output: returns<SpeakerView>() },
  /** Refused, saying where, while the speaker is on a block or answers a question. */
  'speakers:delete': { input: id, output: returns<null>() },
  'questions:list': { input: none, output: returns<QuestionView[]>() },
  'questions:create': { input: questionInputSchema, output: returns<QuestionView>() },
  'questions:update': { input: questionInputSchema.extend(id.shape), output: returns<QuestionView>() },
  'questions:delete': { input: id, output: returns<null>() },
  /** The question log as an Excel workbook (base64), optionally one status only. */
  'questions:exportXlsx': {
    input: z.object({ status: z.enum(questionStatuses).nullable() }),
    output: returns<string>(),
  },
  /** Writes a printed document of the sessions to `file` (PDF). */
  'reports:sessionsPdf': {
    input: z.object({ kind: z.enum(reportKinds), file: filePath }),
    output: returns<{ file: string; pages: number }>(),
  },
} as const
