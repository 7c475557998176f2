import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { TablePrintKind } from '../../shared/tables.ts'
import type { Project } from '../project/project.ts'
import { printedSeating } from '../tables/printed-seating.ts'
import { badgesPdf } from './badges-pdf.ts'
import { documentSetup } from './document-setup.ts'
import { tableCardsPdf } from './table-cards-pdf.ts'
import { tableListsPdf } from './table-lists-pdf.ts'
import { writePdfFile } from './write-pdf.ts'

/** The table lists, name badges or table cards of the planned sessions, as PDF bytes. */
export function tablesPdf(
  sqlite: Database.Database,
  kind: TablePrintKind,
): Promise<{ bytes: Buffer; pages: number }> {
  const seating = printedSeating(sqlite)
  if (seating.sessions.length === 0) throw new AppError('invalid-input', msg('tables.nothingToPrint'))
  const setup = documentSetup(sqlite, false)
  if (kind === 'badges') return badgesPdf(setup, seating)
  if (kind === 'table-cards') return tableCardsPdf(setup, seating)
  return tableListsPdf(setup, seating)
}

/** Writes the document to `file` (through a temporary file, so a failure leaves no half PDF). */
export async function writeTablesPdf(
  project: Project,
  kind: TablePrintKind,
  file: string,
): Promise<{ file: string; pages: number }> {
  const { bytes, pages } = await tablesPdf(project.sqlite, kind)
  writePdfFile(file, bytes)
  return { file, pages }
}
