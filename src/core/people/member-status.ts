import type Database from 'better-sqlite3'
import { appendAudit } from '../audit/audit-log.ts'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { ChosenStatus } from '../../shared/people.ts'
import { setPanelStatus } from '../draw/draw-repo.ts'
import type { Project } from '../project/project.ts'
import { insertStatusChange, readMember, type StoredMember } from './people-repo.ts'
import { refuseChange } from './status-machine.ts'

export type StatusChangeRequest = { externalId: string; status: ChosenStatus; reason: string; by: string }

/** The drawn person, or a refusal naming them. */
export function drawnMember(sqlite: Database.Database, externalId: string): StoredMember {
  const member = readMember(sqlite, externalId)
  if (!member) throw new AppError('invalid-input', msg('people.notDrawn', { id: externalId }))
  return member
}

/**
 * Moves a member to a new status if the status machine allows it, inside the caller's transaction:
 * the status itself (panel_member, which the replacement draw reads), the change in the member's
 * history with its time and author, and the audit entry. The reason stays in the history only: the
 * audit log cannot be erased, and a withdrawal's reason is often personal.
 */
export function applyStatusChange(
  sqlite: Database.Database,
  member: StoredMember,
  change: StatusChangeRequest,
  at: string,
): void {
  const refused = refuseChange(member.role, member.status, change.status, change.reason)
  if (refused) throw new AppError('invalid-input', refused)
  setPanelStatus(sqlite, member.respondentId, change.status, at)
  insertStatusChange(
    sqlite,
    member.respondentId,
    { from: member.status, to: change.status, reason: change.reason.trim(), by: change.by.trim() },
    at,
  )
  appendAudit(sqlite, {
    kind: 'panel.status',
    at,
    payload: {
      person: member.externalId,
      status: change.status,
      ...(change.by.trim() ? { by: change.by.trim() } : {}),
    },
  })
}

/**
 * Records a member's new status: the one use case behind the draw screen's answers and the People
 * section. A decline or withdrawal opens a seat (and a household) for the next replacement draw.
 */
export async function changeMemberStatus(project: Project, change: StatusChangeRequest): Promise<void> {
  const { sqlite } = project
  const at = project.timestamp()
  await project.write(() => {
    applyStatusChange(sqlite, drawnMember(sqlite, change.externalId), change, at)
  })
}
