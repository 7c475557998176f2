import { createProject } from '../../core/project/open-project.ts'
import { EXIT_OK, parseOptions, reportFailure, UsageError, writeJson, type CliCommand } from '../command.ts'

export const newCommand: CliCommand = {
  path: ['new'],
  usage: 'new <project-file> --name "<assembly name>" [--json]',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      name: { type: 'string' },
      json: { type: 'boolean', default: false },
    })
    const [file] = positionals
    const name = values.name?.trim()
    if (!file || positionals.length > 1) throw new UsageError('Give exactly one project file.')
    if (!name) throw new UsageError('Give the assembly a name with --name "…".')
    try {
      const project = await createProject(file, { name })
      await project.close()
      if (values.json) writeJson(io, { file: project.file, id: project.id, name })
      else io.stdout(`Created ${project.file} for “${name}”.\n`)
      return EXIT_OK
    } catch (error) {
      return reportFailure(io, error, values.json)
    }
  },
}
