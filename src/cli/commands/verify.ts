import { verifyAudit } from '../../core/audit/audit-log.ts'
import { openProject } from '../../core/project/open-project.ts'
import {
  EXIT_FAILURE,
  EXIT_OK,
  parseOptions,
  reportFailure,
  UsageError,
  writeJson,
  type CliCommand,
} from '../command.ts'

export const verifyCommand: CliCommand = {
  path: ['verify'],
  usage: 'verify <project-file> [--json]',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { json: { type: 'boolean', default: false } })
    const [file] = positionals
    if (!file || positionals.length > 1) throw new UsageError('Give exactly one project file.')
    let report
    try {
      const project = await openProject(file)
      try {
        report = await verifyAudit(project.db)
      } finally {
        await project.close()
      }
    } catch (error) {
      return reportFailure(io, error, values.json)
    }
    if (values.json) writeJson(io, report)
    if (report.ok) {
      if (!values.json) io.stdout(`Audit chain intact: ${report.entries} entries, head ${report.head}.\n`)
      return EXIT_OK
    }
    io.stderr(`Verification failed at entry ${report.firstMismatch.seq}: ${report.firstMismatch.reason}.\n`)
    return EXIT_FAILURE
  },
}
