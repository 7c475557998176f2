import { resolve } from 'node:path'
import { createDemo, DEFAULT_DEMO_SEED, demoStages } from '../../core/demo/create-demo.ts'
import { EXIT_OK, parseOptions, reportFailure, UsageError, writeJson, type CliCommand } from '../command.ts'

export const demoCommand: CliCommand = {
  path: ['demo'],
  usage: 'demo <project-file> [--seed S] [--json]',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
    })
    const [file] = positionals
    if (!file || positionals.length > 1) throw new UsageError('Give exactly one project file.')
    const path = resolve(file)
    const seed = values.seed ?? DEFAULT_DEMO_SEED
    try {
      await createDemo(path, {
        seed,
        onProgress: (stage, done, total) => io.stderr(`[${done}/${total}] ${demoStages[stage]}\n`),
      })
    } catch (error) {
      return reportFailure(io, error, values.json)
    }
    if (values.json) writeJson(io, { file: path, seed })
    else io.stdout(`Created the demo assembly in ${path} (seed “${seed}”).\n`)
    return EXIT_OK
  },
}
