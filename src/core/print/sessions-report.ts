import type Database from 'better-sqlite3'
import type { ReportKind } from '../../shared/sessions.ts'
import type { Project } from '../project/project.ts'
import { readAgenda } from '../sessions/sessions-view.ts'
import { agendaPdf, type PrintedSession } from './agenda-pdf.ts'
import { documentSetup } from './document-setup.ts'
import { runOfShowPdf } from './run-of-show-pdf.ts'
import { writePdfFile } from './write-pdf.ts'

/**
 * The participants' agenda or the staff's run-of-show of every session, as PDF bytes. The
 * run-of-show is the organisers' record of the day and carries the audit log's head hash.
 */
export function sessionsPdf(
  sqlite: Database.Database,
  kind: ReportKind,
): Promise<{ bytes: Buffer; pages: number }> {
  const agenda = readAgenda(sqlite)
  const sessions: PrintedSession[] = agenda.sessions.map((session) => ({
    session,
    blocks: agenda.blocks.get(session.id) ?? [],
  }))
  return kind === 'agenda'
    ? agendaPdf(documentSetup(sqlite, false), sessions)
    : runOfShowPdf(documentSetup(sqlite, true), sessions)
}

/** Writes the document to `file` (through a temporary file, so a failure leaves no half PDF). */
export async function writeSessionsPdf(
  project: Project,
  kind: ReportKind,
  file: string,
): Promise<{ file: string; pages: number }> {
  const { bytes, pages } = await sessionsPdf(project.sqlite, kind)
  writePdfFile(file, bytes)
  return { file, pages }
}
