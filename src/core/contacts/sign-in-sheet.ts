import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import { seatHolding } from '../../shared/people.ts'
import { badgeName } from '../people/member-views.ts'
import { readMembers } from '../people/people-repo.ts'
import { documentSetup } from '../print/document-setup.ts'
import { signInSheetPdf, type SignInSheet } from '../print/sign-in-sheet-pdf.ts'
import { writePdfFile } from '../print/write-pdf.ts'
import type { Project } from '../project/project.ts'
import { readSession } from '../sessions/sessions-repo.ts'
import { readPlans, readSeats } from '../tables/tables-repo.ts'

/** Who signs in at a session: the panel members holding a seat, by name, with their table if planned. */
export function signInSheet(project: Project, sessionId: number): SignInSheet {
  const { sqlite } = project
  const session = readSession(sqlite, sessionId)
  if (!session) throw new AppError('invalid-input', msg('sessions.noSession', { id: sessionId }))
  const planned = readPlans(sqlite).some((p) => p.session_id === sessionId)
  const tables = new Map(
    readSeats(sqlite)
      .filter((s) => s.session_id === sessionId)
      .map((s) => [s.external_id, s.table_no]),
  )
  const rows = readMembers(sqlite)
    .filter((m) => m.role === 'selected' && seatHolding.includes(m.status))
    .sort(
      (a, b) =>
        a.lastName.localeCompare(b.lastName) ||
        a.firstName.localeCompare(b.firstName) ||
        a.externalId.localeCompare(b.externalId),
    )
    .map((m) => ({
      name: `${m.firstName} ${m.lastName}`.trim() || m.externalId,
      badgeName: badgeName(m),
      externalId: m.externalId,
      table: tables.get(m.externalId) ?? null,
    }))
  return {
    session: {
      id: session.id,
      title: session.title,
      date: session.date,
      start: session.start,
      end: session.end,
      venue: session.venue,
    },
    planned,
    rows,
  }
}

/** Writes a session's sign-in sheet to `file` (through a temporary file). */
export async function writeSignInSheet(
  project: Project,
  sessionId: number,
  file: string,
): Promise<{ file: string; pages: number }> {
  const { bytes, pages } = await signInSheetPdf(
    documentSetup(project.sqlite, false),
    signInSheet(project, sessionId),
  )
  writePdfFile(file, bytes)
  return { file, pages }
}
