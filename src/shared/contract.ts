import type { RecordsCheck } from './verify.ts'
import { refusal, type Message } from './messages.ts'
import { z } from 'zod'
import { profilePatchSchema, type ProfileState } from './profile.ts'
import {
  importMappingSchema,
  type CategorySummary,
  type ImportPreview,
  type ImportReport,
  type PersonDetail,
  type PoolColumns,
} from './pool.ts'
import { quotaRowSchema, shareRuleSchema, type QuotaCheck, type QuotaTable } from './quotas.ts'
import { drawRequestSchema, type DrawEstimate, type DrawView } from './draws.ts'
import {
  ballotSpecSchema,
  invalidBallotSchema,
  minorityStatementInputSchema,
  operators,
  paperBallotSchema,
  paperMarksSchema,
  recommendationInputSchema,
  tableCountSchema,
  type BallotView,
  type CountView,
  type PaperBallotView,
  type Reconciliation,
  type RecommendationView,
  type VotesOverview,
} from './votes.ts'
import { sessionChannels } from './sessions.ts'
import { contactChannelsContract } from './contacts.ts'
import { tableChannels } from './tables.ts'
import { reportChannels } from './reports.ts'
import { peopleChannels, statusChangeSchema, type ChosenStatus, type MemberStatus } from './people.ts'

/**
 * The one typed contract between the UI and the app: channel -> zod input schema -> output type.
 * Every transport (Electron IPC, the web bridge, the CLI) goes through `dispatch`, which validates
 * the input with these schemas and returns `Result<Output>`.
 */

/** A marker carrying an output type; never read at run time. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
const returns = <T>(): T => undefined as T

const none = z
  .undefined()
  .or(z.null())
  .transform(() => undefined)
const filePath = z.string().trim().min(1, refusal('form.chooseFile')).max(4096)
const jobId = z.string().min(1).max(100)

export const languages = ['en', 'fr'] as const
export type Language = (typeof languages)[number]

export type AppInfo = {
  version: string
  /** The newest project-file format this build reads and writes. */
  formatVersion: number
  fileExtension: string
  /** True in Electron, where the OS file dialogs exist; false in the browser bridge. */
  nativeDialogs: boolean
  /** Where new assemblies go by default. */
  documentsDir: string
}

export type Settings = { language: Language }

export type RecentFile = { file: string; name: string; openedAt: string }

export type ProjectSummary = {
  file: string
  fileName: string
  name: string
  formatVersion: number
  /** The audit chain's head hash. */
  auditHead: string
}

export type BackupInfo = { id: string; createdAt: string; reason: string; bytes: number }

export type AuditEntryView = {
  seq: number
  at: string
  kind: string
  payload: unknown
  prevHash: string
  hash: string
}

/** One recorded draw re-run from its inputs and seed. */
export type DrawCheck = {
  draw: number
  ok: boolean
  /** Why the draw does not match: `reason` in English (the CLI's words), `why` the same as a message. */
  reason?: string
  why?: Message
  /** Something the check could not do, e.g. recompute a lottery made under other rules (English and message). */
  note?: string
  noted?: Message
}

/** One person on the panel or the reserve list, with their answer so far. */
export type PanelMemberView = {
  externalId: string
  drawId: number
  role: 'selected' | 'reserve'
  reserveRank: number | null
  status: MemberStatus
  /** The statuses the status machine allows from this one. */
  next: ChosenStatus[]
}

/** The audit chain's check (`ok` is about the chain alone), the draws re-run and the records compared. */
export type VerifyReport = (
  | { ok: true; entries: number; head: string }
  | {
      ok: false
      entries: number
      head: string
      /** `reason` in English (the CLI's words); `why`, the same as a message the UI words. */
      firstMismatch: { seq: number; reason: string; why: Message }
    }
) & { draws?: DrawCheck[]; records?: RecordsCheck }

export type FileEntry = { file: string; fileName: string; modifiedAt: string; bytes: number }

/** What a file dialog should offer: assembly files, or registration tables (CSV, TSV, XLSX). */
export type FileKind = 'assembly' | 'table' | 'image'

export type DialogRequest =
  | { kind: 'open'; title: string; files?: FileKind | undefined }
  | { kind: 'save'; title: string; defaultPath: string }

/** An import of a registration file as mapped in the wizard: checked first, then written. */
const importRequest = z.object({
  jobId,
  file: filePath,
  sheet: z.string().max(200).optional(),
  mapping: importMappingSchema,
})

export const contract = {
  'app:info': { input: none, output: returns<AppInfo>() },
  'settings:get': { input: none, output: returns<Settings>() },
  'settings:set': { input: z.object({ language: z.enum(languages) }), output: returns<Settings>() },
  'recent:list': { input: none, output: returns<RecentFile[]>() },
  'files:list': { input: none, output: returns<FileEntry[]>() },
  'dialog:choose': {
    input: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('open'),
        title: z.string().max(200),
        files: z.enum(['assembly', 'table', 'image']).optional(),
      }),
      z.object({ kind: z.literal('save'), title: z.string().max(200), defaultPath: filePath }),
    ]),
    output: returns<string | null>(),
  },

  'project:create': {
    input: z.object({
      file: filePath,
      name: z.string().trim().min(1, refusal('form.assemblyName')).max(200),
    }),
    output: returns<ProjectSummary>(),
  },
  'project:open': { input: z.object({ file: filePath }), output: returns<ProjectSummary>() },
  'project:openDemo': { input: z.object({ jobId }), output: returns<ProjectSummary>() },
  'project:current': { input: none, output: returns<ProjectSummary | null>() },
  'project:close': { input: none, output: returns<null>() },
  'project:saveCopy': {
    input: z.object({ file: filePath, overwrite: z.boolean().default(false) }),
    output: returns<{ file: string }>(),
  },
  'project:backups': { input: none, output: returns<BackupInfo[]>() },
  'project:restoreBackup': {
    input: z.object({ id: z.string().min(1).max(300) }),
    output: returns<ProjectSummary>(),
  },

  'audit:list': { input: none, output: returns<AuditEntryView[]>() },
  'audit:verify': { input: none, output: returns<VerifyReport>() },

  'profile:get': { input: none, output: returns<ProfileState>() },
  'profile:update': { input: z.object({ patch: profilePatchSchema }), output: returns<ProfileState>() },
  'profile:lock': { input: none, output: returns<ProfileState>() },

  'pool:upload': {
    input: z.object({ fileName: z.string().min(1).max(300), dataBase64: z.string().max(140 * 1024 * 1024) }),
    output: returns<{ file: string }>(),
  },
  'pool:preview': {
    input: z.object({ file: filePath, sheet: z.string().max(200).optional() }),
    output: returns<ImportPreview>(),
  },
  /** Every distinct answer in one column (for mapping answers to category values), most frequent first. */
  'pool:answers': {
    input: z.object({
      file: filePath,
      sheet: z.string().max(200).optional(),
      column: z.number().int().min(0),
    }),
    output: returns<{ raw: string; key: string; count: number }[]>(),
  },
  /** Validates every row and reports what an import would do (nothing is written). */
  'pool:check': {
    input: importRequest,
    output: returns<ImportReport>(),
  },
  'pool:import': {
    input: importRequest,
    output: returns<ImportReport>(),
  },
  'pool:problemsCsv': {
    input: z.object({
      problems: z.array(z.object({ row: z.number(), column: z.string(), reason: z.string() })).max(500_000),
    }),
    output: returns<string>(),
  },
  'pool:table': { input: none, output: returns<PoolColumns>() },
  'pool:person': { input: z.object({ id: z.number().int() }), output: returns<PersonDetail>() },
  'pool:summary': { input: none, output: returns<CategorySummary[]>() },
  'pool:addPerson': {
    input: z.object({
      externalId: z.string().trim().max(100),
      firstName: z.string().trim().max(200),
      lastName: z.string().trim().max(200),
      email: z.string().trim().max(320),
      phone: z.string().trim().max(60),
      address: z.string().trim().max(500),
      postcode: z.string().trim().max(30),
      consent: z.boolean(),
      values: z.record(z.string(), z.string()),
    }),
    output: returns<PersonDetail>(),
  },

  'quotas:get': { input: none, output: returns<QuotaTable>() },
  'quotas:save': {
    input: z.object({
      rows: z.array(quotaRowSchema).max(2000),
      panelSize: z.number().int().min(1).max(10_000).optional(),
    }),
    output: returns<QuotaTable>(),
  },
  /** Sets a category's minimums and maximums from population shares (percent) and a rounding rule. */
  'quotas:applyShares': {
    input: z.object({
      category: z.string().min(1).max(100),
      shares: z.record(z.string(), z.number().min(0).max(100)),
      rule: shareRuleSchema,
    }),
    output: returns<QuotaTable>(),
  },
  /** The exact feasibility check and, when infeasible, the smallest relaxation (runs in a worker). */
  'quotas:check': { input: z.object({ jobId }), output: returns<QuotaCheck>() },
  'quotas:import': {
    input: z.union([z.object({ file: filePath }), z.object({ text: z.string().max(5_000_000) })]),
    output: returns<QuotaTable>(),
  },
  'quotas:export': {
    input: z.object({ format: z.enum(['panelot', 'sortition-foundation']) }),
    output: returns<string>(),
  },
  'quotas:lock': { input: none, output: returns<QuotaTable>() },

  'draw:list': { input: none, output: returns<DrawView[]>() },
  /** Before step 1: how long the lottery of the next draw (first or replacement) should take. */
  'draw:estimate': {
    input: z.object({ kind: z.enum(['initial', 'replacement']) }),
    output: returns<DrawEstimate>(),
  },
  /**
   * Steps 1–2 of the public draw: computes the lottery (in a worker, with progress and cancel) and
   * commits to it in the audit log before any seed exists.
   */
  'draw:prepare': {
    input: z.object({ jobId, kind: z.enum(['initial', 'replacement']), request: drawRequestSchema }),
    output: returns<DrawView>(),
  },
  /** Step 3: the seed chosen in public, recorded verbatim; draws the panel and the reserves. */
  'draw:complete': {
    input: z.object({
      drawId: z.number().int(),
      seed: z.string().trim().min(1, refusal('form.seed')).max(500),
    }),
    output: returns<DrawView>(),
  },
  'draw:discard': { input: z.object({ drawId: z.number().int() }), output: returns<null>() },
  /** The numbered list of equally likely panels of a transparent lottery (CSV), for observers. */
  'draw:ticketsCsv': { input: z.object({ drawId: z.number().int() }), output: returns<string>() },
  /** Everyone drawn so far (panel members and the current reserve list) with their status. */
  'panel:list': { input: none, output: returns<PanelMemberView[]>() },
  /** A member's new status, checked by the status machine: the draw screen's answers and People's. */
  'panel:setStatus': { input: statusChangeSchema, output: returns<null>() },

  /** Recommendations with their ballots and counts, and the size of the assembly. */
  'votes:overview': { input: none, output: returns<VotesOverview>() },
  'recs:create': { input: recommendationInputSchema, output: returns<RecommendationView>() },
  /** Saves the fields; a changed text becomes a new version (the earlier ones are kept). */
  'recs:update': {
    input: recommendationInputSchema.extend({ id: z.number().int() }),
    output: returns<RecommendationView>(),
  },
  'recs:addMinority': { input: minorityStatementInputSchema, output: returns<RecommendationView>() },
  'ballots:create': {
    input: z.object({ recommendationId: z.number().int().nullable(), spec: ballotSpecSchema }),
    output: returns<BallotView>(),
  },
  /** Refused once a count of the ballot is final (start a recount instead). */
  'ballots:update': {
    input: z.object({ id: z.number().int(), spec: ballotSpecSchema }),
    output: returns<BallotView>(),
  },
  /** Refused once a count of the ballot is final. */
  'ballots:delete': { input: z.object({ id: z.number().int() }), output: returns<null>() },
  'ballots:get': { input: z.object({ id: z.number().int() }), output: returns<BallotView>() },
  /** The ballot and its current count as a vote-vector/1 document (JSON text). */
  'ballots:exportVector': { input: z.object({ id: z.number().int() }), output: returns<string>() },
  /** A new ballot from a vote-vector/1 file, its ballots entered as a reconciled paper count. */
  'ballots:importVector': {
    input: z.object({
      recommendationId: z.number().int().nullable(),
      source: z.union([z.object({ file: filePath }), z.object({ text: z.string().max(50_000_000) })]),
    }),
    output: returns<BallotView>(),
  },
  /** Saves the per-table subtotals of a `counts` entry; returns the count with its live result. */
  'count:saveTables': {
    input: z.object({
      ballotId: z.number().int(),
      present: z.number().int().min(0).max(100_000).nullable().optional(),
      declaredTotal: z.number().int().min(0).max(1_000_000).nullable(),
      tables: z.array(tableCountSchema).max(200),
    }),
    output: returns<CountView>(),
  },
  /** Saves one paper ballot as typed by one operator (replacing what that operator had typed). */
  'count:savePaper': { input: paperBallotSchema, output: returns<CountView>() },
  'count:deletePaper': {
    input: z.object({
      ballotId: z.number().int(),
      operator: z.enum(operators),
      number: z.number().int().min(1),
    }),
    output: returns<CountView>(),
  },
  'count:papers': {
    input: z.object({ ballotId: z.number().int(), operator: z.enum(operators) }),
    output: returns<PaperBallotView[]>(),
  },
  /** Members present typed in, overriding attendance; null goes back to attendance. */
  'count:setPresent': {
    input: z.object({ ballotId: z.number().int(), present: z.number().int().min(0).max(100_000).nullable() }),
    output: returns<CountView>(),
  },
  /** Members present from a session's attendance (null: the ballot's own session). */
  'count:presentFrom': {
    input: z.object({ ballotId: z.number().int(), sessionId: z.number().int().nullable() }),
    output: returns<CountView>(),
  },
  'count:reconcile': { input: z.object({ ballotId: z.number().int() }), output: returns<Reconciliation>() },
  /** Settles one difference: both entries of that number become what the paper says. */
  'count:resolve': {
    input: z.object({
      ballotId: z.number().int(),
      number: z.number().int().min(1),
      marks: paperMarksSchema.nullable(),
      invalid: invalidBallotSchema.nullable(),
    }),
    output: returns<Reconciliation>(),
  },
  /** Records the result (audit log); refused while entries differ or the count cannot be made. */
  'count:finalise': { input: z.object({ ballotId: z.number().int() }), output: returns<BallotView>() },
  /** Starts a new count of a decided ballot; the earlier one stays in the history. */
  'count:recount': {
    input: z.object({
      ballotId: z.number().int(),
      reason: z.string().trim().min(1, refusal('form.recountReason')).max(500),
    }),
    output: returns<BallotView>(),
  },

  ...sessionChannels,
  ...peopleChannels,
  ...contactChannelsContract,
  ...tableChannels,
  ...reportChannels,

  'job:cancel': { input: z.object({ jobId }), output: returns<null>() },
  /** Asks a running draw to finish now with the best lottery found so far (recorded as stopped early). */
  'job:stop': { input: z.object({ jobId }), output: returns<null>() },
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
export type Input<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type Output<C extends Channel> = Contract[C]['output']

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name)
}
