import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { DrawAlgorithm, DrawKind, DrawView } from '../../shared/draws.ts'
import { appendAudit, canonicalJson } from '../audit/audit-log.ts'
import { APP_VERSION } from '../app/version.ts'
import type { Project } from '../project/project.ts'
import { lockQuotas } from '../quotas/quota-repo.ts'
import { DRAW_RULES_VERSION, drawInputHash } from '../sortition/input-hash.ts'
import { summarise } from '../sortition/lottery.ts'
import type { LotteryResult } from '../sortition/draw.ts'
import type { DrawInput, Lottery, StoppedEarly } from '../sortition/types.ts'
import { drawView, getDraw, hasCommittedDraw, insertCommittedDraw, markDiscarded } from './draw-repo.ts'
import { lotteryHash, lotteryRecord } from './lottery-record.ts'

export type ComputedLottery = {
  lottery: Lottery
  probabilities: number[]
  seconds: number
  /** The organiser stopped the optimisation early; recorded with the draw and replayed by verify. */
  stopped?: StoppedEarly | undefined
}

/** What a draw keeps of a computed lottery. */
export function computedLottery(result: LotteryResult): ComputedLottery {
  return {
    lottery: result.lottery,
    probabilities: Array.from(result.probabilities),
    seconds: result.stats.seconds,
    stopped: result.stats.stopped,
  }
}

/**
 * Step 1 of the public draw: records the inputs and the lottery and commits to them in the audit log
 * (their hashes, the algorithm and its version) before anyone knows the seed. The quotas are locked
 * with it. Only one draw can wait for its seed at a time.
 */
export async function commitDraw(
  project: Project,
  args: {
    kind: DrawKind
    algorithm: DrawAlgorithm
    input: DrawInput
    lotterySize?: number | undefined
    reserves: number
    computed: ComputedLottery | null
  },
): Promise<DrawView> {
  const { sqlite } = project
  if (hasCommittedDraw(sqlite)) {
    throw new AppError('invalid-input', msg('draw.waitingForSeed'))
  }
  if (args.kind === 'initial') await lockQuotas(project)
  const ids = args.input.pool.map((p) => p.id)
  const record = args.computed ? lotteryRecord(args.computed.lottery, ids) : null
  const stats = args.computed
    ? (() => {
        const s = summarise(Float64Array.from(args.computed.probabilities))
        return {
          minProbability: s.min,
          maxProbability: s.max,
          meanProbability: args.input.panelSize / Math.max(1, ids.length),
          gini: gini(args.computed.probabilities),
          panels: args.computed.lottery.length,
          seconds: args.computed.seconds,
          ...(args.computed.stopped ? { stopped: args.computed.stopped } : {}),
        }
      })()
    : null
  const inputHash = drawInputHash(args.input, args.algorithm, args.lotterySize)
  const hash = record ? lotteryHash(record) : null
  const at = project.timestamp()
  const id = await project.write(() => {
    const drawId = insertCommittedDraw(sqlite, {
      kind: args.kind,
      algorithm: args.algorithm,
      panel_size: args.input.panelSize,
      lottery_size: args.lotterySize ?? null,
      reserve_count: args.reserves,
      input_hash: inputHash,
      lottery_hash: hash,
      input: canonicalJson(args.input),
      lottery: record ? JSON.stringify(record) : null,
      stats: stats ? JSON.stringify(stats) : null,
      committed_at: at,
    })
    appendAudit(sqlite, {
      kind: 'draw.committed',
      at,
      payload: {
        draw: drawId,
        kind: args.kind,
        algorithm: args.algorithm,
        rules: DRAW_RULES_VERSION,
        app: APP_VERSION,
        poolSize: ids.length,
        panelSize: args.input.panelSize,
        lotterySize: args.lotterySize ?? null,
        reserves: args.reserves,
        inputHash,
        lotteryHash: hash,
        panels: record?.panels.length ?? null,
        minProbability: stats?.minProbability ?? null,
        // A lottery stopped before it was proven fairest: where it stopped, so verify replays it.
        ...(stats?.stopped ? { stopped: stats.stopped } : {}),
      },
    })
    return drawId
  })
  return drawView(getDraw(sqlite, id))
}

/** Discards a draw still waiting for its seed (e.g. to change the quotas of a replacement); recorded. */
export async function discardDraw(project: Project, drawId: number): Promise<void> {
  const draw = getDraw(project.sqlite, drawId)
  if (draw.status !== 'committed') throw new AppError('invalid-input', msg('draw.onlyWaitingDiscarded'))
  const at = project.timestamp()
  await project.write(() => {
    markDiscarded(project.sqlite, drawId)
    appendAudit(project.sqlite, {
      kind: 'draw.discarded',
      at,
      payload: { draw: drawId, inputHash: draw.inputHash },
    })
  })
}

/** The Gini coefficient of the selection probabilities (0 = everyone equal), as in the Nature paper. */
export function gini(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const n = sorted.length
  const total = sorted.reduce((s, v) => s + v, 0)
  if (n === 0 || total === 0) return 0
  const weighted = sorted.reduce((s, v, i) => s + (2 * (i + 1) - n - 1) * v, 0)
  return weighted / (n * total)
}
