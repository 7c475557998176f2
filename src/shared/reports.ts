import { z } from 'zod'

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
