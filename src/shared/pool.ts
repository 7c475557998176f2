import type { MemberStatus } from './people.ts'
import { z } from 'zod'

/** What a column of a registration file means. */
export const personRoles = [
  'id',
  'firstName',
  'lastName',
  'fullName',
  'email',
  'phone',
  'phone2',
  'address',
  'postcode',
  'consent',
  'note',
  'ignore',
] as const
export type PersonRole = (typeof personRoles)[number]

export const ageBandSchema = z.object({
  value: z.string().trim().min(1).max(100),
  /** Inclusive bounds in whole years; null = open. */
  min: z.number().int().min(0).max(150).nullable(),
  max: z.number().int().min(0).max(150).nullable(),
})
export type AgeBand = z.infer<typeof ageBandSchema>

/** The five age bands most assemblies start from, which the organiser then edits. */
export const DEFAULT_AGE_BANDS: AgeBand[] = [
  { value: '16-29', min: 16, max: 29 },
  { value: '30-44', min: 30, max: 44 },
  { value: '45-59', min: 45, max: 59 },
  { value: '60-74', min: 60, max: 74 },
  { value: '75+', min: 75, max: null },
]

/** Bands read back from an age category's values ("16-29", "75+"); null when any value is not one. */
export function bandsFromValues(values: string[]): AgeBand[] | null {
  const bands = values.map((value): AgeBand | null => {
    const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(value.trim())
    if (range) return { value, min: Number(range[1]), max: Number(range[2]) }
    const open = /^(\d+)\s*\+$/.exec(value.trim())
    return open ? { value, min: Number(open[1]), max: null } : null
  })
  return bands.length > 0 && bands.every((b) => b !== null) ? bands : null
}

export const columnRoleSchema = z.discriminatedUnion('role', [
  z.object({ role: z.enum(personRoles) }),
  /** A stratification category answered directly (gender, area, education…). */
  z.object({ role: z.literal('category'), category: z.string().trim().min(1).max(100) }),
  /** An age or a date of birth, turned into the category's age bands. */
  z.object({
    role: z.literal('age'),
    category: z.string().trim().min(1).max(100),
    bands: z.array(ageBandSchema).min(1).max(30),
    /** Dates of birth are turned into ages on this day (YYYY-MM-DD). */
    referenceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
])
export type ColumnRole = z.infer<typeof columnRoleSchema>

/** What to do with an empty or unknown answer in a category. */
export const missingPolicySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reject') }),
  z.object({ kind: z.literal('value'), value: z.string().trim().min(1).max(100) }),
])
export type MissingPolicy = z.infer<typeof missingPolicySchema>

export const importMappingSchema = z.object({
  /** One role per header, in the file's column order. */
  columns: z.array(columnRoleSchema).max(500),
  /** Per category: raw answer (normalised key, see answerKey) -> category value. */
  values: z.record(z.string(), z.record(z.string(), z.string().max(100))),
  missing: z.record(z.string(), missingPolicySchema),
})
export type ImportMapping = z.infer<typeof importMappingSchema>

/** What is wrong with a row, as a stable code the UI translates with `params`. */
export type ProblemCode =
  | 'missing-id'
  | 'no-consent'
  | 'consent-not-yes'
  | 'no-answer'
  | 'unknown-answer'
  | 'not-an-age'
  | 'age-outside-bands'
  | 'duplicate-id'
  | 'same-person'
  | 'probable-duplicate'
  | 'bad-email'
  | 'bad-phone'
  | 'answer-filled'
  | 'unknown-filled'

export type RowProblem = {
  /** Row number as a spreadsheet shows the file (the header is row 1). */
  row: number
  column: string
  /** The same in plain English, for the command line and CSV exports. */
  reason: string
  code?: ProblemCode
  params?: Record<string, string | number>
}

/** A column the app proposes as a category on its own: why, and as what (shown, and easy to undo). */
export type ProposedCategory = {
  column: number
  /** 'header': a usual category word (Gender, Âge, Ward…); 'answers': few distinct short answers. */
  because: 'header' | 'answers'
  role: 'category' | 'age'
}

export type ImportPreview = {
  fileName: string
  format: 'csv' | 'xlsx'
  detected: { encoding?: string; delimiter?: string; sheet?: string; sheets?: string[] }
  headers: string[]
  /** The first rows, for the preview table. */
  sample: string[][]
  rowCount: number
  /** The mapping remembered for these headers, or one suggested from the headers and the project's categories. */
  mapping: ImportMapping
  remembered: boolean
  /** The columns proposed as categories in the suggested mapping (none when it was remembered). */
  proposed: ProposedCategory[]
  /** Per category name: answer key -> value, as earlier imports into this project mapped them. */
  learned: Record<string, Record<string, string>>
  /** Per category column: every distinct raw answer with its count and the value it maps to (or null). */
  answers: Record<string, { raw: string; key: string; count: number; value: string | null }[]>
}

export type ImportReport = {
  /** Valid rows: now in the pool (added, updated or already identical). */
  imported: number
  added: number
  updated: number
  unchanged: number
  /** People in the pool who are not in this file (kept; listed so the organiser can decide). */
  gone: string[]
  rejected: RowProblem[]
  /** Imported, with something to fix at the source (e-mail or phone that looks wrong). */
  warnings: RowProblem[]
  duplicates: number
  households: number
}

/** Where a drawn person stands; '' for everyone not drawn. */
export type PanelPlace = '' | MemberStatus

/** The draw whose lottery gives the chances shown in the pool table. */
export type PoolChances = { drawId: number; algorithm: string }

/** The pool as the virtualised table shows it: compact rows, category values by index. */
export type PoolTable = {
  categories: { id: number; name: string; values: string[] }[]
  chances: PoolChances | null
  people: PoolRow[]
}
export type PoolRow = {
  id: number
  externalId: string
  name: string
  email: string
  phone: string
  postcode: string
  /** People at the same address share this number; 0 = no address given. */
  household: number
  /** One index into categories[i].values per category; -1 = no value. */
  values: number[]
  /** Selection probability in the first draw's lottery; null when not in it (or before it). */
  chance: number | null
  panel: PanelPlace
}

/**
 * How the pool table travels from the app to the window: one array per column (50,000 people as a
 * few flat arrays, not 50,000 objects, which halves the bytes and the parsing). `poolTableFrom`
 * turns it back into rows.
 */
export type PoolColumns = {
  categories: PoolTable['categories']
  ids: number[]
  externalIds: string[]
  names: string[]
  emails: string[]
  phones: string[]
  postcodes: string[]
  households: number[]
  /** Per category, each person's value index (-1 = none). */
  values: number[][]
  chances: PoolChances | null
  /** Per person, the probability in that draw's lottery; -1 = not in its pool. Empty before a draw. */
  chance: number[]
  panel: PanelPlace[]
}

export function poolTableFrom(columns: PoolColumns): PoolTable {
  return {
    categories: columns.categories,
    chances: columns.chances,
    people: columns.ids.map((id, i) => ({
      id,
      externalId: columns.externalIds[i] ?? '',
      name: columns.names[i] ?? '',
      email: columns.emails[i] ?? '',
      phone: columns.phones[i] ?? '',
      postcode: columns.postcodes[i] ?? '',
      household: columns.households[i] ?? 0,
      values: columns.values.map((column) => column[i] ?? -1),
      chance: (columns.chance[i] ?? -1) < 0 ? null : (columns.chance[i] ?? null),
      panel: columns.panel[i] ?? '',
    })),
  }
}

export type PersonDetail = {
  id: number
  externalId: string
  firstName: string
  lastName: string
  email: string
  phone: string
  phone2: string
  address: string
  postcode: string
  consent: string
  notes: Record<string, string>
  values: Record<string, string>
  /** Others registered at the same address. */
  householdMembers: { id: number; externalId: string; name: string }[]
  createdAt: string
  updatedAt: string
}

export type CategorySummary = {
  name: string
  total: number
  values: {
    value: string
    count: number
    share: number
    /** The value's population share (0–1) set with the quotas, or null. */
    targetShare: number | null
    /** Registrations still missing for the pool to mirror the target share (0 when it does). */
    shortfall: number | null
  }[]
}
