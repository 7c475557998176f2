import type Database from 'better-sqlite3'
import type { ToCallEntry, ToCallList } from '../../shared/contacts.ts'
import type { MemberStatus } from '../../shared/people.ts'
import { badgeName, recordOf } from '../people/member-views.ts'
import { readMembers } from '../people/people-repo.ts'
import { requireDay } from './contact-log.ts'
import { readAllAttempts } from './contacts-repo.ts'
import { flaggedValuesOf, priorityView } from './priority.ts'

/** Nobody calls people who have declined, withdrawn or been replaced. */
const settled: readonly MemberStatus[] = ['declined', 'withdrawn', 'replaced']

/**
 * Whom to call on `today`: everyone whose latest attempt set a next action due that day or earlier,
 * and panel members drawn but never contacted. Members of the groups called first come first, then
 * the oldest due, then by name.
 */
export function toCallList(sqlite: Database.Database, today: string): ToCallList {
  requireDay(today)
  const attempts = readAllAttempts(sqlite)
  const flagged = flaggedValuesOf(sqlite, priorityView(sqlite))
  const entries: ToCallEntry[] = []
  for (const member of readMembers(sqlite)) {
    if (settled.includes(member.status)) continue
    const own = attempts.get(member.respondentId) ?? []
    const last = own[0]
    const neverContacted = !last && member.role === 'selected' && member.status === 'selected'
    const due = last?.nextDate != null && last.nextDate <= today ? last.nextDate : null
    if (!neverContacted && due === null) continue
    const record = recordOf(member)
    entries.push({
      externalId: member.externalId,
      name: `${member.firstName} ${member.lastName}`.trim() || member.externalId,
      badgeName: badgeName(member),
      status: member.status,
      role: member.role,
      phone: record.phone,
      email: record.email,
      channel: record.channel,
      staffContact: record.staffContact,
      due,
      nextAction: last?.nextAction ?? '',
      last: last
        ? { date: last.date, channel: last.channel, outcome: last.outcome, staff: last.staff }
        : null,
      attempts: own.length,
      priority: flagged.get(member.respondentId) ?? [],
    })
  }
  entries.sort(
    (a, b) =>
      Number(b.priority.length > 0) - Number(a.priority.length > 0) ||
      (a.due ?? today).localeCompare(b.due ?? today) ||
      a.name.localeCompare(b.name) ||
      a.externalId.localeCompare(b.externalId),
  )
  return { today, entries }
}
