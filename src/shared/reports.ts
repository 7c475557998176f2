import { z } from 'zod'
import { refusal } from './messages.ts'

/** The final report's sections the organiser can leave in or out, in the order they print. */
export const reportSections = [
  'foreword',
  'summary',
  'about',
  'participation',
  'draw',
  'process',
  'recommendations',
  'membersStatement',
  'annexes',
] as const
export type ReportSection = (typeof reportSections)[number]

/** The organiser's logo on the cover: a PNG or JPEG, at most 2 MB, carried as base64. */
const MAX_LOGO_BYTES = 2 * 1024 * 1024

export const reportSettingsSchema = z.object({
  sections: z.array(z.enum(reportSections)).max(reportSections.length),
  foreword: z.string().max(20_000),
  summary: z.string().max(20_000),
  membersStatement: z.string().max(20_000),
  logo: z
    .object({
      type: z.enum(['image/png', 'image/jpeg']),
      base64: z.string().max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 4),
    })
    .nullable(),
})
export type ReportSettings = z.infer<typeof reportSettingsSchema>

/** What a new assembly's report holds: every section, no free text, no logo. */
export function defaultReportSettings(): ReportSettings {
  return { sections: [...reportSections], foreword: '', summary: '', membersStatement: '', logo: null }
}

/** The documents of the Reports section: the final report and the certificate of each draw. */
export const reportKinds = ['final', 'draw-certificate'] as const
export type ReportKind = (typeof reportKinds)[number]

const filePath = z.string().trim().min(1, refusal('form.chooseFile')).max(4096)

/** A marker carrying an output type; never read at run time. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
const returns = <T>(): T => undefined as T
const none = z
  .undefined()
  .or(z.null())
  .transform(() => undefined)

/** What the Reports section edits: the sections and free texts (the logo has its own channel). */
export const reportContentsSchema = reportSettingsSchema.omit({ logo: true })
export type ReportContents = z.infer<typeof reportContentsSchema>

/** The channels of the Reports section, spread into the contract. */
export const reportChannels = {
  /** The final report's saved choices (every section and no text until the organiser changes them). */
  'reports:settings': { input: none, output: returns<ReportSettings>() },
  'reports:saveContents': { input: reportContentsSchema, output: returns<ReportSettings>() },
  /** Reads a PNG or JPEG (at most 2 MB) from `file` as the cover's logo; null takes it away. */
  'reports:setLogo': { input: z.object({ file: filePath.nullable() }), output: returns<ReportSettings>() },
  /** Writes the final report (with the saved choices) or the draw certificates to `file`. */
  'reports:pdf': {
    input: z.object({ kind: z.enum(reportKinds), file: filePath }),
    output: returns<{ file: string; pages: number }>(),
  },
  /** Writes the workbook of the whole assembly (Excel) to `file`. */
  'reports:workbook': {
    input: z.object({ file: filePath }),
    output: returns<{ file: string; sheets: { name: string; rows: number }[] }>(),
  },
  /** Writes the open data (CSV and JSON) into `dir`, which must be new or empty. */
  'reports:openData': {
    input: z.object({ dir: filePath }),
    output: returns<{ dir: string; files: { name: string; rows: number }[] }>(),
  },
} as const
