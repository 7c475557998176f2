import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import { defaultReportSettings, type ReportKind, type ReportSettings } from '../../shared/reports.ts'
import { documentSetup } from '../print/document-setup.ts'
import { drawCertificatePdf } from '../print/draw-certificate-pdf.ts'
import { finalReportPdf } from '../print/final-report-pdf.ts'
import { writePdfFile } from '../print/write-pdf.ts'
import type { Project } from '../project/project.ts'
import { assembleReport } from './assemble-report.ts'
import { drawRecord } from './section-draw.ts'
import { completedDraws } from './section-participation.ts'
import { readReportSettings } from './report-settings.ts'

/** The final report of the project as PDF bytes, with the organiser's choices (or every section). */
export function finalReport(
  sqlite: Database.Database,
  settings: ReportSettings = defaultReportSettings(),
): Promise<{ bytes: Buffer; pages: number }> {
  const setup = documentSetup(sqlite, true)
  const logo = settings.logo ? Buffer.from(settings.logo.base64, 'base64') : null
  const model = assembleReport(sqlite, settings, setup.language, logo)
  return finalReportPdf(setup, model)
}

/** The certificate of every completed draw, one page each; refused when no draw is complete. */
export async function drawCertificates(sqlite: Database.Database): Promise<{ bytes: Buffer; pages: number }> {
  const draws = completedDraws(sqlite).map(drawRecord)
  if (draws.length === 0) throw new AppError('invalid-input', msg('report.noDraw'))
  return drawCertificatePdf(documentSetup(sqlite, true), draws)
}

/** The report's PDF as bytes: the final report with the saved settings, or the draw certificates. */
export function reportPdf(
  sqlite: Database.Database,
  kind: ReportKind,
): Promise<{ bytes: Buffer; pages: number }> {
  return kind === 'final' ? finalReport(sqlite, readReportSettings(sqlite)) : drawCertificates(sqlite)
}

/** Writes the document to `file` (through a temporary file). */
export async function writeReportPdf(
  project: Project,
  kind: ReportKind,
  file: string,
): Promise<{ file: string; pages: number }> {
  const { bytes, pages } = await reportPdf(project.sqlite, kind)
  writePdfFile(file, bytes)
  return { file, pages }
}
