import { resolve } from 'node:path'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import { reportKinds as finalKinds, type ReportKind as FinalKind } from '../../shared/reports.ts'
import { reportKinds, type ReportKind } from '../../shared/sessions.ts'
import { writeAssemblyWorkbook } from '../../core/exports/assembly-workbook.ts'
import { writeReportPdf } from '../../core/report/final-report.ts'
import { writeOpenData } from '../../core/exports/open-data.ts'
import { writeSessionsPdf } from '../../core/print/sessions-report.ts'
import { writeTablesPdf } from '../../core/print/tables-report.ts'
import { tablePrintKinds, type TablePrintKind } from '../../shared/tables.ts'
import { openProject } from '../../core/project/open-project.ts'
import type { Project } from '../../core/project/project.ts'
import {
  EXIT_OK,
  parseOptions,
  reportFailure,
  UsageError,
  writeJson,
  type CliCommand,
  type CliIo,
} from '../command.ts'

/** Every kind of document cli.md names; the ones this version prints are `reportKinds`. */
const documentKinds = [
  'final',
  'draw-certificate',
  'agenda',
  'run-of-show',
  'tally-sheets',
  'sign-in',
  'badges',
  'table-cards',
  'table-lists',
]

const documentNames: Record<string, string> = {
  final: 'final report',
  'draw-certificate': 'draw certificates',
  badges: 'name badges',
  'table-cards': 'table cards',
  'table-lists': 'table lists',
}

const printed = (kind: string): kind is ReportKind => (reportKinds as readonly string[]).includes(kind)
const seating = (kind: string): kind is TablePrintKind =>
  (tablePrintKinds as readonly string[]).includes(kind)

function notAvailable(kind: string): AppError {
  return new AppError(
    'invalid-input',
    msg('report.notAvailable', {
      kind,
      available: [...finalKinds, ...reportKinds, ...tablePrintKinds].join(', '),
    }),
  )
}

/** What a written document or export prints: its JSON with `--json`, else one sentence. */
type Written = { json: Record<string, unknown>; sentence: string }

/** Opens the project, writes one document or export from it, says what was written, closes it. */
async function writeFrom(
  file: string,
  json: boolean,
  io: CliIo,
  write: (project: Project) => Promise<Written>,
): Promise<number> {
  const project = await openProject(file)
  try {
    const written = await write(project)
    if (json) writeJson(io, written.json)
    else io.stdout(`${written.sentence}\n`)
  } finally {
    await project.close()
  }
  return EXIT_OK
}

/** The workbook of the whole assembly: one sheet per table, typed, every text formula-safe. */
async function writeWorkbook({ sqlite }: Project, file: string, out: string): Promise<Written> {
  const written = await writeAssemblyWorkbook(sqlite, out)
  const sheets = written.sheets.map((s) => `${s.name} (${s.rows})`).join(', ')
  return {
    json: { kind: 'xlsx', ...written },
    sentence: `Wrote the workbook of ${file} to ${written.file}: ${sheets}.`,
  }
}

/** The open data: aggregated figures and results, members under pseudonymous ids only. */
async function writeOpen({ sqlite }: Project, file: string, dir: string): Promise<Written> {
  const written = await writeOpenData(sqlite, dir)
  const files = written.files.map((f) => f.name).join(', ')
  return {
    json: { kind: 'open-data', ...written },
    sentence: `Wrote the open data of ${file} to ${written.dir}: ${files}.`,
  }
}

/**
 * A printed document: the sessions' agenda or run-of-show, the final report or draw certificates,
 * the table plans' name badges, table cards or table lists.
 */
async function writePdf(
  project: Project,
  file: string,
  kind: ReportKind | FinalKind | TablePrintKind,
  out: string,
): Promise<Written> {
  const written = printed(kind)
    ? await writeSessionsPdf(project, kind, out)
    : seating(kind)
      ? await writeTablesPdf(project, kind, out)
      : await writeReportPdf(project, kind, out)
  return {
    json: { kind, ...written },
    sentence: `Wrote the ${documentNames[kind] ?? kind} of ${file} to ${written.file} (${written.pages} pages).`,
  }
}

export const reportCommand: CliCommand = {
  path: ['report'],
  usage: `report <project-file> (--out FILE.pdf [--kind ${documentKinds.join('|')}] | --xlsx FILE.xlsx | --open-data DIR) [--json]`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      out: { type: 'string' },
      kind: { type: 'string', default: 'final' },
      xlsx: { type: 'string' },
      'open-data': { type: 'string' },
      json: { type: 'boolean', default: false },
    })
    const [file] = positionals
    if (!file || positionals.length > 1) throw new UsageError('Give exactly one project file.')
    const outputs = [values.out, values.xlsx, values['open-data']].filter((v) => v !== undefined)
    if (outputs.length !== 1)
      throw new UsageError('Give one of --out FILE.pdf, --xlsx FILE.xlsx or --open-data DIR.')
    if (!documentKinds.includes(values.kind))
      throw new UsageError(`Unknown --kind “${values.kind}”: use one of ${documentKinds.join(', ')}.`)
    try {
      const { xlsx, json } = values
      const openData = values['open-data']
      if (xlsx !== undefined)
        return await writeFrom(file, json, io, (p) => writeWorkbook(p, file, resolve(xlsx)))
      if (openData !== undefined)
        return await writeFrom(file, json, io, (p) => writeOpen(p, file, resolve(openData)))
      const kind = values.kind
      if (!printed(kind) && !seating(kind) && !(finalKinds as readonly string[]).includes(kind))
        throw notAvailable(kind)
      const out = resolve(values.out ?? '')
      return await writeFrom(file, json, io, (p) =>
        writePdf(p, file, kind as ReportKind | FinalKind | TablePrintKind, out),
      )
    } catch (error) {
      return reportFailure(io, error, values.json)
    }
  },
}
