import { readFile } from 'node:fs/promises'
import { AppError } from '../../shared/errors.ts'
import { readVoteVector } from '../../core/tally/format/read-vote-vector.ts'
import { formatTallyText } from '../../core/tally/format-text.ts'
import { tallyElection } from '../../core/tally/tally-election.ts'
import { requestedVariants } from '../../core/tally/variants.ts'
import { EXIT_OK, parseOptions, reportFailure, UsageError, writeJson, type CliCommand } from '../command.ts'

/** `tally <ballots.json> [--json]`: counts one vote-vector/1 election (shared/docs/cli.md). */
export const tallyCommand: CliCommand = {
  path: ['tally'],
  usage: 'tally <ballots.json> [--json]',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      json: { type: 'boolean', default: false },
    })
    const [file] = positionals
    if (!file || positionals.length > 1)
      throw new UsageError('Give exactly one ballots file (vote-vector/1 JSON).')
    try {
      let text: string
      try {
        text = await readFile(file, 'utf8')
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        throw new AppError(
          code === 'ENOENT' ? 'file-not-found' : 'io-error',
          code === 'ENOENT' ? `No such file: ${file}` : `Cannot read ${file}: ${(error as Error).message}`,
        )
      }
      const election = readVoteVector(text)
      const main = tallyElection(election)
      // Every variant the file asks for under by_method / by_variant / by_rule, by its names.
      const result = { ...main, ...requestedVariants(election, main) }
      if (values.json) writeJson(io, result)
      else io.stdout(formatTallyText(election, result))
      return EXIT_OK
    } catch (error) {
      return reportFailure(io, error, values.json)
    }
  },
}
