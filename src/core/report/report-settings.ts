import type Database from 'better-sqlite3'
import { readFileSync, statSync } from 'node:fs'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import {
  defaultReportSettings,
  reportSections,
  type ReportContents,
  type ReportSettings,
} from '../../shared/reports.ts'
import type { Project } from '../project/project.ts'
import { readReportSettingsRow, writeReportSettingsRow } from './report-repo.ts'

const MAX_LOGO_BYTES = 2 * 1024 * 1024

/** The final report's saved choices, or every section and no text when none were saved. */
export function readReportSettings(sqlite: Database.Database): ReportSettings {
  const row = readReportSettingsRow(sqlite)
  if (!row) return defaultReportSettings()
  const saved = JSON.parse(row.sections) as string[]
  return {
    // In print order, whatever order they were saved in; names a later version dropped are ignored.
    sections: reportSections.filter((s) => saved.includes(s)),
    foreword: row.foreword,
    summary: row.summary,
    membersStatement: row.members_statement,
    logo:
      row.logo && (row.logo_type === 'image/png' || row.logo_type === 'image/jpeg')
        ? { type: row.logo_type, base64: row.logo.toString('base64') }
        : null,
  }
}

function save(project: Project, settings: ReportSettings): Promise<ReportSettings> {
  return project.write(() => {
    writeReportSettingsRow(project.sqlite, {
      sections: JSON.stringify(reportSections.filter((s) => settings.sections.includes(s))),
      foreword: settings.foreword,
      summary: settings.summary,
      members_statement: settings.membersStatement,
      logo_type: settings.logo?.type ?? null,
      logo: settings.logo ? Buffer.from(settings.logo.base64, 'base64') : null,
      updated_at: project.timestamp(),
    })
    return readReportSettings(project.sqlite)
  })
}

/** Saves the sections and free texts as the organiser types them (not an official act). */
export function saveReportContents(project: Project, contents: ReportContents): Promise<ReportSettings> {
  const { logo } = readReportSettings(project.sqlite)
  return save(project, { ...contents, logo })
}

/** The image type of a PNG or JPEG file from its first bytes, or null. */
function imageType(bytes: Buffer): 'image/png' | 'image/jpeg' | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png'
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  return null
}

/**
 * Takes the cover's logo from a PNG or JPEG file of at most 2 MB (kept in the project file, so the
 * report prints the same anywhere), or takes it away. Anything else is refused and nothing changes.
 */
export async function setReportLogo(project: Project, file: string | null): Promise<ReportSettings> {
  const settings = readReportSettings(project.sqlite)
  if (file === null) return save(project, { ...settings, logo: null })
  let bytes: Buffer
  try {
    if (statSync(file).size > MAX_LOGO_BYTES)
      throw new AppError('invalid-input', msg('report.logoUnreadable'))
    bytes = readFileSync(file)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('invalid-input', msg('report.logoUnreadable'))
  }
  const type = imageType(bytes)
  if (!type) throw new AppError('invalid-input', msg('report.logoUnreadable'))
  return save(project, { ...settings, logo: { type, base64: bytes.toString('base64') } })
}
