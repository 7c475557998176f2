import { basename } from 'node:path'
import { importPool } from '../../core/pool/import-pool.ts'
import { openProject } from '../../core/project/open-project.ts'
import { EXIT_OK, parseOptions, reportFailure, UsageError, writeJson, type CliCommand } from '../command.ts'

export const poolImportCommand: CliCommand = {
  path: ['pool', 'import'],
  usage:
    'pool import <project-file> <file.csv|file.xlsx> [--id-column COL] [--household-columns A,B] [--sheet NAME] [--json]',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      'id-column': { type: 'string' },
      'household-columns': { type: 'string' },
      sheet: { type: 'string' },
      json: { type: 'boolean', default: false },
    })
    const [projectFile, dataFile] = positionals
    if (!projectFile || !dataFile || positionals.length > 2) {
      throw new UsageError('Give the project file and the file to import.')
    }
    const householdColumns = values['household-columns']
      ?.split(',')
      .map((h) => h.trim())
      .filter((h) => h !== '')
    let report
    try {
      const project = await openProject(projectFile)
      try {
        report = await importPool(project, dataFile, {
          ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
          ...(values['id-column'] !== undefined ? { idColumn: values['id-column'] } : {}),
          ...(householdColumns ? { householdColumns } : {}),
        })
      } finally {
        await project.close()
      }
    } catch (error) {
      return reportFailure(io, error, values.json)
    }
    if (values.json) {
      writeJson(io, report)
      return EXIT_OK
    }
    io.stdout(
      `Imported ${report.imported} people from ${basename(dataFile)} (${report.added} new, ${report.updated} updated, ${report.unchanged} unchanged) in ${report.households} households.\n`,
    )
    if (report.rejected.length > 0) {
      io.stdout(
        `\nRows not imported (${report.rejected.length} problems, ${report.duplicates} duplicates):\n`,
      )
      for (const p of report.rejected) io.stdout(`  row ${p.row}, ${p.column}: ${p.reason}\n`)
    }
    if (report.warnings.length > 0) {
      io.stdout(`\nImported, but worth fixing at the source:\n`)
      for (const p of report.warnings) io.stdout(`  row ${p.row}, ${p.column}: ${p.reason}\n`)
    }
    if (report.gone.length > 0) {
      io.stdout(
        `\n${report.gone.length} people in the pool are not in this file (kept): ${report.gone.slice(0, 20).join(', ')}${report.gone.length > 20 ? ', …' : ''}\n`,
      )
    }
    return EXIT_OK
  },
}
