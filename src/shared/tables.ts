import { z } from 'zod'
import { refusal } from './messages.ts'

/** Table plans: small mixed groups for every session, as the Tables screen and the core exchange them. */

const name = z.string().trim().min(1).max(200)
const memberId = z.string().min(1).max(100)
const jobId = z.string().min(1).max(100)
const filePath = z.string().trim().min(1, refusal('form.chooseFile')).max(4096)

export const tableSettingsSchema = z.object({
  /** Fields whose mix every table should mirror. */
  diversify: z.array(name).max(50),
  /** Fields whose members sit together (e.g. interpretation). */
  cluster: z.array(name).max(10),
  /** The cluster values that gather; empty: every value but the most common one. */
  clusterValues: z.array(name).max(100),
  tableSize: z.number().int().min(2).max(100),
  /** What one repeat meeting costs against one unit of balance. */
  encounterWeight: z.number().min(0).max(100),
  seed: z.string().trim().max(200),
})
export type TableSettingsInput = z.infer<typeof tableSettingsSchema>

export const tableRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('pin'),
    member: memberId,
    table: z.number().int().min(1).max(1000),
    /** null: every session. */
    sessionId: z.number().int().nullable(),
  }),
  z.object({ kind: z.enum(['apart', 'together']), member: memberId, other: memberId }),
])

/** The printed documents of a table plan. */
export const tablePrintKinds = ['table-lists', 'badges', 'table-cards'] as const
export type TablePrintKind = (typeof tablePrintKinds)[number]

/** A member who can be seated: the badge name and one value per diversified field. */
export type SeatableMember = {
  id: string
  name: string
  values: string[]
  /** Non-empty: the cluster this member sits with. */
  cluster: string
}

export type SessionSeating = {
  id: number
  title: string
  date: string
  /** The stored tables (member ids per table, table 1 first); null when the session has no plan. */
  tables: string[][] | null
  /** Members marked absent for this session. */
  absent: string[]
  /** Members pinned to a table in this session (table numbers from 1). */
  pins: { member: string; table: number }[]
  changedAt: string | null
}

export type TableRuleView = {
  id: number
  kind: 'pin' | 'apart' | 'together'
  member: string
  other: string | null
  sessionId: number | null
  table: number | null
}

export type TablesView = {
  settings: TableSettingsInput
  /** Every field a plan can diversify or cluster on, with the values the members hold. */
  fields: { name: string; values: string[] }[]
  /** Members holding a seat; `values` follow `settings.diversify`. */
  members: SeatableMember[]
  sessions: SessionSeating[]
  rules: TableRuleView[]
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
const returns = <T>(): T => undefined as T
const none = z
  .undefined()
  .or(z.null())
  .transform(() => undefined)

/** The Tables screen's channels. */
export const tableChannels = {
  'tables:view': { input: none, output: returns<TablesView>() },
  'tables:saveSettings': { input: tableSettingsSchema, output: returns<TablesView>() },
  'tables:addRule': { input: tableRuleSchema, output: returns<TablesView>() },
  'tables:removeRule': { input: z.object({ id: z.number().int() }), output: returns<TablesView>() },
  /** Plans the sessions' tables in a worker (progress, Cancel) and stores them; refused plans save nothing. */
  'tables:plan': {
    input: z.object({ jobId, sessions: z.array(z.number().int()).min(1).max(500) }),
    output: returns<TablesView>(),
  },
  /** Moves one member to another table of a planned session (drag and drop). */
  'tables:move': {
    input: z.object({ sessionId: z.number().int(), member: memberId, table: z.number().int().min(1) }),
    output: returns<TablesView>(),
  },
  /** "Re-seat the absent": rebuilds a planned session for those present, moving the fewest. */
  'tables:reseat': {
    input: z.object({ sessionId: z.number().int() }),
    output: returns<{ moved: string[]; view: TablesView }>(),
  },
  /** Writes the table lists, name badges or table cards of the planned sessions to `file` (PDF). */
  'tables:print': {
    input: z.object({ kind: z.enum(tablePrintKinds), file: filePath }),
    output: returns<{ file: string; pages: number }>(),
  },
} as const
