import type { Project } from '../project/project.ts'
import { callSheetPdf } from '../print/call-sheet-pdf.ts'
import { documentSetup } from '../print/document-setup.ts'
import { writePdfFile } from '../print/write-pdf.ts'
import { priorityView } from './priority.ts'
import { toCallList } from './to-call.ts'

/** The call sheet of a day as PDF bytes: whom to call, the groups called first on top. */
export function callSheet(project: Project, today: string): Promise<{ bytes: Buffer; pages: number }> {
  const { sqlite } = project
  const list = toCallList(sqlite, today)
  const groups = priorityView(sqlite)
    .values.filter((v) => v.flagged)
    .map((v) => `${v.category}: ${v.value}`)
  return callSheetPdf(documentSetup(sqlite, false), list, groups)
}

/** Writes the call sheet to `file` (through a temporary file, so a failure leaves no half PDF). */
export async function writeCallSheet(
  project: Project,
  today: string,
  file: string,
): Promise<{ file: string; pages: number }> {
  const { bytes, pages } = await callSheet(project, today)
  writePdfFile(file, bytes)
  return { file, pages }
}
