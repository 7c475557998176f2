import { z } from 'zod'
import { refusal } from './messages.ts'

export const processTypes = [
  'citizens-assembly',
  'citizens-jury',
  'peoples-assembly',
  'citizens-initiative-review',
] as const

const text = (max: number) => z.string().max(max)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, refusal('form.isoDate'))

/** The assembly profile: what the process is, who commissioned it, when and where it meets. */
export const profileSchema = z.object({
  name: z.string().trim().min(1, refusal('form.assemblyName')).max(200),
  question: text(2000),
  remit: text(10_000),
  commissioningBody: text(300),
  processType: z.enum(processTypes),
  targetPanelSize: z.number().int().min(1).max(10_000).nullable(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  venues: z.array(text(300)).max(50),
  languages: z.array(text(100)).max(30),
  organisation: text(300),
  contactName: text(200),
  contactEmail: z.union([z.literal(''), z.email('This does not look like an e-mail address.').max(320)]),
  contactPhone: text(60),
})

export type Profile = z.infer<typeof profileSchema>
export const profilePatchSchema = profileSchema.partial()
export type ProfilePatch = z.infer<typeof profilePatchSchema>

export type ProfileState = Profile & {
  /** Set once the profile was locked: an official act recorded in the audit log. */
  lockedAt: string | null
}

export function emptyProfile(name: string): Profile {
  return {
    name,
    question: '',
    remit: '',
    commissioningBody: '',
    processType: 'citizens-assembly',
    targetPanelSize: null,
    startDate: null,
    endDate: null,
    venues: [],
    languages: [],
    organisation: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
  }
}
