import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { stoppedGapPoints, type DrawAlgorithm, type DrawView } from '../../shared/draws.ts'
import { computedLottery } from '../../core/draw/commit-draw.ts'
import { completeDraw } from '../../core/draw/complete-draw.ts'
import { getDraw, listDraws } from '../../core/draw/draw-repo.ts'
import { prepareDraw } from '../../core/draw/prepare-draw.ts'
import { openProject } from '../../core/project/open-project.ts'
import { computeLottery } from '../../core/sortition/draw.ts'
import { InfeasibleQuotasError } from '../../core/sortition/infeasible-quotas-error.ts'
import type { StoppedEarly } from '../../core/sortition/types.ts'
import { EXIT_OK, reportFailure, writeJson, type CliIo } from '../command.ts'

type Options = {
  algorithm: DrawAlgorithm
  seed?: string | undefined
  lotterySize?: number | undefined
  timeLimit?: number | undefined
  json: boolean
  out?: string | undefined
}

/**
 * `draw <project-file>`: the project's draw in one go, with the same records as the app: the
 * lottery is committed to the audit log, then the panel and reserves are drawn with the seed.
 * The first draw uses the quotas; later ones are replacement draws for the seats left open.
 * A draw the app prepared and left waiting for its seed is completed with --seed.
 */
export async function drawFromProject(file: string, options: Options, io: CliIo): Promise<number> {
  let view: DrawView
  try {
    const project = await openProject(file)
    try {
      const draws = listDraws(project.sqlite)
      const waiting = draws.find((d) => d.status === 'committed')
      const seed = options.seed ?? randomBytes(16).toString('hex')
      if (options.seed === undefined) io.stderr(`No --seed given; using the generated seed ${seed}.\n`)
      let drawId: number
      if (waiting) {
        io.stderr(`Completing draw ${waiting.id}, prepared earlier and waiting for its seed.\n`)
        drawId = waiting.id
      } else {
        const kind = draws.some((d) => d.status === 'completed') ? 'replacement' : 'initial'
        let lastStage = ''
        const prepared = await prepareDraw(
          project,
          kind,
          {
            algorithm: options.algorithm,
            ...(options.lotterySize !== undefined ? { lotterySize: options.lotterySize } : {}),
          },
          async (input, algorithm) => {
            const result = await computeLottery(input, algorithm, {
              onProgress: (p) => {
                if (p.stage !== lastStage) io.stderr(`${p.stage}\n`)
                lastStage = p.stage
              },
              ...(options.timeLimit !== undefined
                ? { stop: AbortSignal.timeout(options.timeLimit * 1000) }
                : {}),
            })
            if (result.stats.stopped) io.stderr(stoppedNote(result.stats.stopped))
            return computedLottery(result)
          },
        )
        io.stderr(
          `Committed ${kind} draw ${prepared.id}: input ${prepared.inputHash}, lottery ${prepared.lotteryHash ?? '—'}.\n`,
        )
        drawId = prepared.id
      }
      view = await completeDraw(project, drawId, seed)
      const stored = getDraw(project.sqlite, view.id)
      const output = {
        draw: view.id,
        kind: view.kind,
        algorithm: view.algorithm,
        panelSize: view.panelSize,
        seed: view.seed,
        inputHash: view.inputHash,
        lotteryHash: view.lotteryHash,
        ...(stored.lottery
          ? {
              probabilities: view.probabilities,
              lottery: stored.lottery.panels.map((members, b) => ({
                probability: stored.lottery?.probabilities[b] ?? 0,
                members,
              })),
            }
          : {}),
        selected: view.selected,
        reserves: view.reserves,
        ...(view.ticket !== null ? { ticket: view.ticket + 1 } : {}),
        stats: view.stats ?? { panels: 1 },
      }
      if (options.out) await writeFile(options.out, `${JSON.stringify(output, null, 2)}\n`)
      if (options.json) writeJson(io, output)
      else {
        io.stdout(
          `Draw ${view.id} (${view.kind}, ${view.algorithm}): panel of ${view.panelSize}.\nSeed: ${view.seed ?? ''}\nInput hash: ${view.inputHash}\n` +
            `Selected: ${view.selected.join(', ')}\nReserves in order: ${view.reserves.join(', ')}\n`,
        )
      }
    } finally {
      await project.close()
    }
  } catch (error) {
    const extra = error instanceof InfeasibleQuotasError ? { relaxation: error.relaxation } : {}
    return reportFailure(io, error, options.json, extra)
  }
  return EXIT_OK
}

/** What a lottery stopped at the time limit guarantees, for the log. */
export function stoppedNote(stopped: StoppedEarly): string {
  const points = stoppedGapPoints(stopped).toFixed(2)
  return `Stopped at the time limit: the lowest chance is ${stopped.lowest.toFixed(6)}, at most ${points} percentage points below the fairest possible (certified bound ${stopped.upperBound.toFixed(6)}).\n`
}
