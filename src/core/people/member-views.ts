import type Database from 'better-sqlite3'
import type { ContactChannel, MemberDetail, MemberRecordInput, MemberSummary } from '../../shared/people.ts'
import { drawnMember } from './member-status.ts'
import {
  readComments,
  readHistory,
  readMemberAttendance,
  readMembers,
  type StoredMember,
} from './people-repo.ts'
import { nextStatuses } from './status-machine.ts'

/** The name on a member's badge: their preferred name, else their first and last names, else their id. */
export function badgeName(
  member: Pick<StoredMember, 'firstName' | 'lastName' | 'externalId' | 'record'>,
): string {
  const preferred = member.record?.preferred_name.trim() ?? ''
  if (preferred) return preferred
  return `${member.firstName} ${member.lastName}`.trim() || member.externalId
}

/** A member's record; before anything is recorded, the contact details given at registration. */
export function recordOf(member: StoredMember): MemberRecordInput {
  const r = member.record
  return {
    preferredName: r?.preferred_name ?? '',
    email: r ? r.email : member.poolEmail,
    phone: r ? r.phone : member.poolPhone,
    channel: (r?.channel ?? null) as ContactChannel | null,
    language: r?.language ?? '',
    staffContact: r?.staff_contact ?? '',
  }
}

export function summaryOf(member: StoredMember): MemberSummary {
  return {
    externalId: member.externalId,
    firstName: member.firstName,
    lastName: member.lastName,
    badgeName: badgeName(member),
    role: member.role,
    reserveRank: member.reserveRank,
    status: member.status,
    channel: (member.record?.channel ?? null) as ContactChannel | null,
    staffContact: member.record?.staff_contact ?? '',
  }
}

/** Everyone drawn: the panel, then the reserve list. */
export function memberList(sqlite: Database.Database): MemberSummary[] {
  return readMembers(sqlite).map(summaryOf)
}

/** One member: their record, status history, comments and attendance, and the statuses open to them. */
export function memberDetail(sqlite: Database.Database, externalId: string): MemberDetail {
  const member = drawnMember(sqlite, externalId)
  return {
    ...summaryOf(member),
    record: recordOf(member),
    history: readHistory(sqlite, member.respondentId),
    comments: readComments(sqlite, member.respondentId),
    attendance: readMemberAttendance(sqlite, member.respondentId),
    next: [...nextStatuses(member.role, member.status)],
  }
}
