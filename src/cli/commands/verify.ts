import { verifyAudit } from '../../core/audit/audit-log.ts'
import { openProject } from '../../core/project/open-project.ts'
import { verifyDraws } from '../../core/draw/verify-draws.ts'
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
        const chain = verifyAudit(project.sqlite)
        if (chain.ok)
          io.stderr(`Audit chain intact (${chain.entries} entries). Re-running the recorded draws…\n`)
        report = { ...chain, draws: chain.ok ? await verifyDraws(project.sqlite) : [] }
      } finally {
        await project.close()
      }
    } catch (error) {
      return reportFailure(io, error, values.json)
    }
    const failedDraw = report.draws.find((d) => !d.ok)
    if (values.json) writeJson(io, { ...report, ok: report.ok && !failedDraw })
    if (!report.ok) {
      io.stderr(`Verification failed at entry ${report.firstMismatch.seq}: ${report.firstMismatch.reason}.\n`)
      return EXIT_FAILURE
    }
    if (failedDraw) {
      io.stderr(`Verification failed: ${failedDraw.reason ?? `draw ${failedDraw.draw} does not match`}.\n`)
      return EXIT_FAILURE
    }
    for (const check of report.draws) if (check.note) io.stderr(`Note: ${check.note}.\n`)
    if (!values.json) {
      io.stdout(
        `Audit chain intact: ${report.entries} entries, head ${report.head}.\n${report.draws.length} recorded draw(s) re-run from their inputs and seeds: all match.\n`,
      )
    }
    return EXIT_OK
  },
}
