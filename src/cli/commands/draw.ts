import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { drawAlgorithms } from '../../shared/draws.ts'
import { AppError } from '../../shared/errors.ts'
import { runDraw, type DrawResult } from '../../core/sortition/draw.ts'
import { InfeasibleQuotasError } from '../../core/sortition/infeasible-quotas-error.ts'
import { drawInputHash } from '../../core/sortition/input-hash.ts'
import { parseQuotas } from '../../core/sortition/parse-quotas.ts'
import { parseRespondents } from '../../core/sortition/parse-respondents.ts'
import {
  type Algorithm,
  type DrawInput,
  type Progress,
  type StoppedEarly,
} from '../../core/sortition/types.ts'
import { drawFromProject, stoppedNote } from './draw-project.ts'
import {
  EXIT_OK,
  parseOptions,
  reportFailure,
  UsageError,
  writeJson,
  type CliCommand,
  type CliIo,
} from '../command.ts'

const usage =
  'draw --categories <csv> --respondents <csv> --panel-size K [--algorithm leximin|maximin|legacy] [--seed S] [--id-column COL] [--household-columns A,B] [--lottery-size M] [--time-limit SECONDS] [--json] [--out FILE]'

function positiveInteger(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1)
    throw new UsageError(`${option} must be a whole number ≥ 1, got “${text}”.`)
  return Number(text)
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new AppError('file-not-found', `There is no ${what} at ${file}.`, { file })
    throw new AppError('io-error', `The ${what} ${file} could not be read: ${(error as Error).message}`)
  }
}

export const drawCommand: CliCommand = {
  path: ['draw'],
  usage,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      categories: { type: 'string' },
      respondents: { type: 'string' },
      'panel-size': { type: 'string' },
      algorithm: { type: 'string', default: 'leximin' },
      seed: { type: 'string' },
      'id-column': { type: 'string' },
      'household-columns': { type: 'string' },
      'lottery-size': { type: 'string' },
      'time-limit': { type: 'string' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
    })
    if (positionals.length > 1) throw new UsageError('Give at most one project file.')
    const [projectFile] = positionals
    const timeLimit = positiveInteger(values['time-limit'], '--time-limit')
    if (projectFile !== undefined) {
      const algorithm = values.algorithm as Algorithm
      if (!drawAlgorithms.includes(algorithm))
        throw new UsageError(
          `--algorithm must be one of ${drawAlgorithms.join(', ')}, got “${values.algorithm}”.`,
        )
      if (values.seed?.length === 0) throw new UsageError('--seed must not be empty.')
      return drawFromProject(
        projectFile,
        {
          algorithm,
          seed: values.seed,
          lotterySize: positiveInteger(values['lottery-size'], '--lottery-size'),
          timeLimit,
          json: values.json,
          out: values.out,
        },
        io,
      )
    }
    if (!values.categories || !values.respondents)
      throw new UsageError('Give both --categories <csv> and --respondents <csv>.')
    const panelSize = positiveInteger(values['panel-size'], '--panel-size')
    if (panelSize === undefined) throw new UsageError('Give the panel size with --panel-size K.')
    const algorithm = values.algorithm as Algorithm
    if (!drawAlgorithms.includes(algorithm))
      throw new UsageError(
        `--algorithm must be one of ${drawAlgorithms.join(', ')}, got “${values.algorithm}”.`,
      )
    const lotterySize = positiveInteger(values['lottery-size'], '--lottery-size')
    if (lotterySize !== undefined && algorithm === 'legacy')
      throw new UsageError(
        '--lottery-size needs --algorithm leximin or maximin (LEGACY draws one panel, no lottery).',
      )
    if (values.seed?.length === 0) throw new UsageError('--seed must not be empty.')
    const householdColumns = values['household-columns']
      ?.split(',')
      .map((c) => c.trim())
      .filter((c) => c !== '')
    const json = values.json

    try {
      const seed = values.seed ?? randomBytes(16).toString('hex')
      if (values.seed === undefined) io.stderr(`No --seed given; using the generated seed ${seed}.\n`)
      const { quotas } = parseQuotas(await readText(values.categories, 'quota file'))
      const respondentOptions = {
        ...(values['id-column'] !== undefined ? { idColumn: values['id-column'] } : {}),
        ...(householdColumns ? { householdColumns } : {}),
      }
      const { pool, idSource } = parseRespondents(
        await readText(values.respondents, 'respondents file'),
        quotas,
        respondentOptions,
      )
      if (idSource === 'row-number')
        io.stderr('The respondents file has no id column; using row numbers (0-based) as ids.\n')
      const input: DrawInput = { quotas, pool, panelSize }
      const inputHash = drawInputHash(input, algorithm, lotterySize)
      const result = await runDraw(input, algorithm, seed, {
        onProgress: progressPrinter(io),
        ...(timeLimit !== undefined ? { stop: AbortSignal.timeout(timeLimit * 1000) } : {}),
        ...(lotterySize !== undefined ? { lotterySize } : {}),
      })
      const output = drawOutput(input, result, { seed, inputHash, lotterySize })
      if (result.lottery?.stats.stopped) io.stderr(stoppedNote(result.lottery.stats.stopped))
      if (values.out) await writeFile(values.out, `${JSON.stringify(output, null, 2)}\n`)
      if (json) writeJson(io, output)
      else io.stdout(humanSummary(output))
      return EXIT_OK
    } catch (error) {
      const extra = error instanceof InfeasibleQuotasError ? { relaxation: error.relaxation } : {}
      return reportFailure(io, error, json, extra)
    }
  },
}

/** One stderr line per stage change, so long draws show they are alive without flooding logs. */
function progressPrinter(io: CliIo): (progress: Progress) => void {
  let last = ''
  return (progress) => {
    const line =
      progress.stage === 'fixing'
        ? `fixing: ${progress.fixed ?? 0} probabilities fixed, ${progress.panels} panels`
        : progress.stage
    if (line === last) return
    last = line
    io.stderr(`${line}\n`)
  }
}

type DrawOutput = {
  algorithm: Algorithm
  panelSize: number
  seed: string
  inputHash: string
  probabilities?: Record<string, number>
  lottery?: { probability: number; members: string[] }[]
  uniformLottery?: { size: number; ticketDrawn: number; panelOfTicket: number[]; maxDeviation: number }
  selected: string[]
  stats: Record<string, number>
  stopped?: StoppedEarly
}

function drawOutput(
  input: DrawInput,
  result: DrawResult,
  meta: { seed: string; inputHash: string; lotterySize: number | undefined },
): DrawOutput {
  const ids = input.pool.map((r) => r.id)
  const name = (i: number) => ids[i] ?? String(i)
  const output: DrawOutput = {
    algorithm: result.algorithm,
    panelSize: input.panelSize,
    seed: meta.seed,
    inputHash: meta.inputHash,
    selected: result.selected.map(name),
    stats: { seconds: result.seconds, poolSize: ids.length },
  }
  const lottery = result.lottery
  if (lottery) {
    output.probabilities = Object.fromEntries(ids.map((id, i) => [id, lottery.probabilities[i] ?? 0]))
    output.lottery = lottery.lottery.map((entry) => ({
      probability: entry.probability,
      members: entry.panel.map(name),
    }))
    output.stats = {
      minProbability: lottery.stats.minProbability,
      maxProbability: lottery.stats.maxProbability,
      meanProbability: input.panelSize / ids.length,
      panels: lottery.stats.panels,
      seconds: result.seconds,
      panelsFound: lottery.stats.panelsFound,
      stages: lottery.stats.stages,
      poolSize: ids.length,
    }
    if (lottery.stats.stopped) output.stopped = lottery.stats.stopped
  }
  if (result.uniform && result.ticket !== undefined && meta.lotterySize !== undefined)
    output.uniformLottery = {
      size: meta.lotterySize,
      ticketDrawn: result.ticket + 1,
      panelOfTicket: result.uniform.tickets,
      maxDeviation: result.uniform.maxDeviation,
    }
  return output
}

function humanSummary(output: DrawOutput): string {
  const lines = [
    `Algorithm: ${output.algorithm}; panel of ${output.panelSize} from ${output.stats.poolSize ?? '?'} respondents.`,
    `Seed: ${output.seed}`,
    `Input hash: ${output.inputHash}`,
  ]
  const { minProbability, maxProbability, panels } = output.stats
  if (minProbability !== undefined && maxProbability !== undefined)
    lines.push(
      `Selection probability: lowest ${(minProbability * 100).toFixed(2)}%, highest ${(maxProbability * 100).toFixed(2)}%, over ${panels ?? 0} panels.`,
    )
  if (output.uniformLottery)
    lines.push(`Ticket drawn: ${output.uniformLottery.ticketDrawn} of ${output.uniformLottery.size}.`)
  lines.push(`Selected: ${output.selected.join(', ')}`)
  return `${lines.join('\n')}\n`
}
