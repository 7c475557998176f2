import type Database from 'better-sqlite3'
import type { ContactAttempt, ContactAttemptInput } from '../../shared/contacts.ts'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import { drawnMember } from '../people/member-status.ts'
import type { Project } from '../project/project.ts'
import { insertAttempt, readAttempts } from './contacts-repo.ts'

/** Whether `iso` (YYYY-MM-DD) is a day of the calendar. */
export function isCalendarDay(iso: string): boolean {
  const date = new Date(`${iso}T12:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso
}

export function requireDay(iso: string): void {
  if (!isCalendarDay(iso)) throw new AppError('invalid-input', msg('contacts.badDate', { date: iso }))
}

/** One person's contact attempts, newest first. */
export function contactAttempts(sqlite: Database.Database, externalId: string): ContactAttempt[] {
  return readAttempts(sqlite, drawnMember(sqlite, externalId).respondentId)
}

/**
 * Records an attempt to reach someone drawn (panel or reserve list): the day, channel, outcome, a
 * note, the next action with its day, and who made it. Attempts are never edited.
 */
export async function addContactAttempt(
  project: Project,
  input: ContactAttemptInput,
): Promise<ContactAttempt[]> {
  const { sqlite } = project
  requireDay(input.date)
  const nextAction = input.nextAction.trim()
  if (input.nextDate !== null) {
    requireDay(input.nextDate)
    if (input.nextDate < input.date)
      throw new AppError(
        'invalid-input',
        msg('contacts.nextBeforeAttempt', { next: input.nextDate, date: input.date }),
      )
  } else if (nextAction !== '') {
    throw new AppError('invalid-input', msg('contacts.nextNeedsDate', { action: nextAction }))
  }
  const at = project.timestamp()
  return project.write(() => {
    const member = drawnMember(sqlite, input.externalId)
    insertAttempt(sqlite, member.respondentId, {
      date: input.date,
      channel: input.channel,
      outcome: input.outcome,
      note: input.note.trim(),
      nextAction,
      nextDate: input.nextDate,
      staff: input.staff.trim(),
      by: input.by.trim(),
      at,
    })
    return readAttempts(sqlite, member.respondentId)
  })
}
