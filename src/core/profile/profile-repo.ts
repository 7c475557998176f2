import type { Kysely, Selectable } from 'kysely'
import { AppError } from '../../shared/errors.ts'
import { profileSchema, type Profile, type ProfilePatch, type ProfileState } from '../../shared/profile.ts'
import { appendAudit } from '../audit/audit-log.ts'
import type { ProjectDatabase } from '../project/schema.ts'

type ProfileRow = Selectable<ProjectDatabase['assembly_profile']>

export function profileToRow(profile: Profile, updatedAt: string): Omit<ProfileRow, 'id' | 'locked_at'> {
  return {
    name: profile.name,
    question: profile.question,
    remit: profile.remit,
    commissioning_body: profile.commissioningBody,
    process_type: profile.processType,
    target_panel_size: profile.targetPanelSize,
    start_date: profile.startDate,
    end_date: profile.endDate,
    venues: JSON.stringify(profile.venues),
    languages: JSON.stringify(profile.languages),
    organisation: profile.organisation,
    contact_name: profile.contactName,
    contact_email: profile.contactEmail,
    contact_phone: profile.contactPhone,
    updated_at: updatedAt,
  }
}

function rowToState(row: ProfileRow): ProfileState {
  const profile = profileSchema.parse({
    name: row.name,
    question: row.question,
    remit: row.remit,
    commissioningBody: row.commissioning_body,
    processType: row.process_type,
    targetPanelSize: row.target_panel_size,
    startDate: row.start_date,
    endDate: row.end_date,
    venues: JSON.parse(row.venues) as unknown,
    languages: JSON.parse(row.languages) as unknown,
    organisation: row.organisation,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
  })
  return { ...profile, lockedAt: row.locked_at }
}

export async function insertProfile(
  db: Kysely<ProjectDatabase>,
  profile: Profile,
  at: string,
): Promise<void> {
  await db
    .insertInto('assembly_profile')
    .values({ id: 1, locked_at: null, ...profileToRow(profile, at) })
    .execute()
}

export async function getProfile(db: Kysely<ProjectDatabase>): Promise<ProfileState> {
  const row = await db
    .selectFrom('assembly_profile')
    .selectAll()
    .where('id', '=', 1)
    .executeTakeFirstOrThrow()
  return rowToState(row)
}

/** Applies a partial edit. Refused once the profile is locked, or when the dates are in the wrong order. */
export async function updateProfile(
  db: Kysely<ProjectDatabase>,
  patch: ProfilePatch,
  at: string,
): Promise<ProfileState> {
  const current = await getProfile(db)
  if (current.lockedAt) {
    throw new AppError(
      'profile-locked',
      'The profile is locked: it was recorded as an official act and can no longer change.',
    )
  }
  const { lockedAt: _locked, ...profile } = current
  const next = profileSchema.parse({ ...profile, ...patch })
  if (next.startDate && next.endDate && next.endDate < next.startDate) {
    throw new AppError('invalid-input', 'The last day cannot come before the first day.', {
      field: 'endDate',
    })
  }
  await db.updateTable('assembly_profile').set(profileToRow(next, at)).where('id', '=', 1).execute()
  return { ...next, lockedAt: null }
}

/** Locks the profile: an official act, recorded with the full profile in the audit log. */
export async function lockProfile(db: Kysely<ProjectDatabase>, at: string): Promise<ProfileState> {
  const current = await getProfile(db)
  if (current.lockedAt) return current
  const { lockedAt: _locked, ...profile } = current
  await db.updateTable('assembly_profile').set({ locked_at: at }).where('id', '=', 1).execute()
  await appendAudit(db, { kind: 'profile.locked', at, payload: { profile } })
  return { ...profile, lockedAt: at }
}
