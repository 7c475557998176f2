import { resolve } from 'node:path'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import { reportKinds as finalKinds, type ReportKind as FinalKind } from '../../shared/reports.ts'
import { reportKinds, type ReportKind } from '../../shared/sessions.ts'
import { writeAssemblyWorkbook } from '../../core/exports/assembly-workbook.ts'
import { writeReportPdf } from '../../core/report/final-report.ts'
import { writeOpenData } from '../../core/exports/open-data.ts'
import { writeSessionsPdf } from '../../core/print/sessions-report.ts'
import { openProject } from '../../core/project/open-project.ts'
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
]

const documentNames: Record<string, string> = {
  final: 'final report',
  'draw-certificate': 'draw certificates',
}

const printed = (kind: string): kind is ReportKind => (reportKinds as readonly string[]).includes(kind)

function notAvailable(kind: string): AppError {
  return new AppError(
    'invalid-input',
    msg('report.notAvailable', { kind, available: [...finalKinds, ...reportKinds].join(', ') }),
  )
}

/** The workbook of the whole assembly: one sheet per table, typed, every text formula-safe. */
async function writeWorkbook(file: string, out: string, json: boolean, io: CliIo): Promise<number> {
  const project = await openProject(file)
  try {
    const written = await writeAssemblyWorkbook(project.sqlite, out)
    if (json) writeJson(io, { kind: 'xlsx', ...written })
    else
      io.stdout(
        `Wrote the workbook of ${file} to ${written.file}: ${written.sheets.map((s) => `${s.name} (${s.rows})`).join(', ')}.\n`,
      )
  } finally {
    await project.close()
  }
  return EXIT_OK
}

/** The open data: aggregated figures and results, members under pseudonymous ids only. */
async function writeOpen(file: string, dir: string, json: boolean, io: CliIo): Promise<number> {
  const project = await openProject(file)
  try {
    const written = await writeOpenData(project.sqlite, dir)
    if (json) writeJson(io, { kind: 'open-data', ...written })
    else
      io.stdout(
        `Wrote the open data of ${file} to ${written.dir}: ${written.files.map((f) => f.name).join(', ')}.\n`,
      )
  } finally {
    await project.close()
  }
  return EXIT_OK
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
      if (values.xlsx !== undefined) return await writeWorkbook(file, resolve(values.xlsx), values.json, io)
      if (values['open-data'] !== undefined)
        return await writeOpen(file, resolve(values['open-data']), values.json, io)
      const kind = values.kind
      if (!printed(kind) && !(finalKinds as readonly string[]).includes(kind)) throw notAvailable(kind)
      const project = await openProject(file)
      try {
        const out = resolve(values.out ?? '')
        const written = printed(kind)
          ? await writeSessionsPdf(project, kind, out)
          : await writeReportPdf(project, kind as FinalKind, out)
        if (values.json) writeJson(io, { kind, ...written })
        else
          io.stdout(
            `Wrote the ${documentNames[kind] ?? kind} of ${file} to ${written.file} (${written.pages} pages).\n`,
          )
      } finally {
        await project.close()
      }
      return EXIT_OK
    } catch (error) {
      return reportFailure(io, error, values.json)
    }
  },
}
