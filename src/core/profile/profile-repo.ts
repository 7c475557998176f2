import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import { profileSchema, type Profile, type ProfilePatch, type ProfileState } from '../../shared/profile.ts'
import { appendAudit } from '../audit/audit-log.ts'
import type { Row } from '../project/schema.ts'

type ProfileRow = Row<'assembly_profile'>

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

const COLUMNS = [
  'name',
  'question',
  'remit',
  'commissioning_body',
  'process_type',
  'target_panel_size',
  'start_date',
  'end_date',
  'venues',
  'languages',
  'organisation',
  'contact_name',
  'contact_email',
  'contact_phone',
  'updated_at',
] as const

export function insertProfile(sqlite: Database.Database, profile: Profile, at: string): void {
  sqlite
    .prepare(
      `insert into assembly_profile (id, locked_at, ${COLUMNS.join(', ')}) values (1, null, ${COLUMNS.map((c) => `@${c}`).join(', ')})`,
    )
    .run(profileToRow(profile, at))
}

export function getProfile(sqlite: Database.Database): ProfileState {
  const row = sqlite.prepare<[], ProfileRow>('select * from assembly_profile where id = 1').get()
  if (!row) throw new Error('The project file has no assembly profile.')
  return rowToState(row)
}

/** Applies a partial edit. Refused once the profile is locked, or when the dates are in the wrong order. */
export function updateProfile(sqlite: Database.Database, patch: ProfilePatch, at: string): ProfileState {
  const current = getProfile(sqlite)
  if (current.lockedAt) {
    throw new AppError(
      'profile-locked',
      'The profile is locked: it was recorded as an official act and can no longer change.',
    )
  }
  const { lockedAt: _locked, ...profile } = current
  const next = profileSchema.parse({ ...profile, ...patch })
  if (next.startDate && next.endDate && next.endDate < next.startDate) {
    throw new AppError('invalid-input', msg('profile.endBeforeStart'), {
      field: 'endDate',
    })
  }
  sqlite
    .prepare(`update assembly_profile set ${COLUMNS.map((c) => `${c} = @${c}`).join(', ')} where id = 1`)
    .run(profileToRow(next, at))
  return { ...next, lockedAt: null }
}

/** Locks the profile: an official act, recorded with the full profile in the audit log. */
export function lockProfile(sqlite: Database.Database, at: string): ProfileState {
  const current = getProfile(sqlite)
  if (current.lockedAt) return current
  const { lockedAt: _locked, ...profile } = current
  sqlite.prepare('update assembly_profile set locked_at = ? where id = 1').run(at)
  appendAudit(sqlite, { kind: 'profile.locked', at, payload: { profile } })
  return { ...profile, lockedAt: at }
}
