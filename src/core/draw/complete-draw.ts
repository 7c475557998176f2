import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { DrawView } from '../../shared/draws.ts'
import { appendAudit } from '../audit/audit-log.ts'
import type { Project } from '../project/project.ts'
import { SeededRandom } from '../random/seeded-random.ts'
import { drawFromLottery } from '../sortition/draw.ts'
import { buildInstance } from '../sortition/instance.ts'
import { drawLegacy } from '../sortition/legacy.ts'
import { drawView, getDraw, recordCompletedDraw, type StoredDraw } from './draw-repo.ts'
import { lotteryFromRecord } from './lottery-record.ts'
import { drawReserves } from './reserves.ts'

export type Selection = { selected: string[]; reserves: string[]; ticket: number | null }

/** Draws the panel and the reserves from a committed draw and a seed. Pure: `verify` calls it too. */
export function selectWithSeed(draw: StoredDraw, seed: string): Selection {
  const instance = buildInstance(draw.input)
  const ids = instance.ids
  let selected: number[]
  let ticket: number | null = null
  const lottery = draw.lottery ? lotteryFromRecord(draw.lottery, ids) : null
  if (lottery) {
    const drawn = drawFromLottery(lottery, instance.n, seed, draw.lotterySize ?? undefined)
    selected = [...(lottery[drawn.panelIndex]?.panel ?? [])]
    ticket = drawn.ticket ?? null
  } else {
    selected = drawLegacy(instance, new SeededRandom(seed))
  }
  const reserves = drawReserves(instance, lottery, selected, draw.reserveCount, seed)
  return { selected: selected.map((i) => ids[i] ?? ''), reserves: reserves.map((i) => ids[i] ?? ''), ticket }
}

/**
 * Step 3 of the public draw: with the seed chosen in public (dice, lottery numbers or generated),
 * recorded verbatim, the panel and the ordered reserves are drawn and recorded, in the audit log too.
 */
export async function completeDraw(project: Project, drawId: number, seed: string): Promise<DrawView> {
  const draw = getDraw(project.sqlite, drawId)
  if (draw.status !== 'committed') throw new AppError('invalid-input', msg('draw.alreadyCompleted'))
  if (seed.trim() === '') throw new AppError('invalid-input', msg('draw.seedNeeded'))
  const { selected, reserves, ticket } = selectWithSeed(draw, seed)
  const at = project.timestamp()
  const { sqlite } = project
  await project.write(() => {
    recordCompletedDraw(sqlite, drawId, { seed, at, ticket, selected, reserves })
    appendAudit(sqlite, {
      kind: 'draw.completed',
      at,
      payload: { draw: drawId, seed, ticket, selected, reserves },
    })
  })
  return drawView(getDraw(sqlite, drawId))
}
