import type Database from 'better-sqlite3'
import type { DrawKind, DrawRequest, DrawView } from '../../shared/draws.ts'
import type { JobProgress } from '../jobs/progress.ts'
import type { Project } from '../project/project.ts'
import { projectDrawInput } from '../quotas/draw-input.ts'
import type { DrawInput } from '../sortition/types.ts'
import { commitDraw, type ComputedLottery } from './commit-draw.ts'
import { replacementInput } from './replacement.ts'

/** How the lottery gets computed: in a worker for the app, in-process for the CLI. */
export type ComputeLottery = (
  input: DrawInput,
  algorithm: 'leximin' | 'maximin',
  onProgress: (progress: JobProgress) => void,
) => Promise<ComputedLottery>

export function defaultReserves(panelSize: number): number {
  return Math.max(5, Math.round(panelSize * 0.2))
}

/** What the next draw of this kind works on: the pool and quotas, or the seats left open. */
export function drawInput(sqlite: Database.Database, kind: DrawKind): DrawInput {
  return kind === 'initial' ? projectDrawInput(sqlite) : replacementInput(sqlite)
}

/** Builds the input (first draw or replacement), computes the lottery unless LEGACY, and commits. */
export async function prepareDraw(
  project: Project,
  kind: DrawKind,
  request: DrawRequest,
  compute: ComputeLottery,
  onProgress: (progress: JobProgress) => void = () => undefined,
): Promise<DrawView> {
  const input = drawInput(project.sqlite, kind)
  const computed = request.algorithm === 'legacy' ? null : await compute(input, request.algorithm, onProgress)
  return commitDraw(project, {
    kind,
    algorithm: request.algorithm,
    input,
    lotterySize: request.lotterySize,
    reserves: request.reserves ?? defaultReserves(input.panelSize),
    computed,
  })
}
