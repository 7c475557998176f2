import { basename } from 'node:path'
import type { ImportMapping } from '../../shared/pool.ts'
import type { QuotaCheck } from '../../shared/quotas.ts'
import { checkQuotas } from '../quotas/check-quotas.ts'
import type { DrawInput, Lottery, StoppedEarly } from '../sortition/types.ts'
import { computeLottery } from '../sortition/draw.ts'
import { createDemo } from '../demo/create-demo.ts'
import type { ValidatedImport } from '../pool/import-pool.ts'
import { readTable } from '../pool/table/read-table.ts'
import { validateRows } from '../pool/validate-rows.ts'
import type { JobProgress } from './progress.ts'
import { planSeating, type SeatingPlan } from '../tables/plan-seating.ts'
import type { SeatingRequest } from '../tables/seating-types.ts'

/** Every long job that runs in a worker thread, with its input and output. */
export type JobDefinitions = {
  'demo.create': { input: { file: string; seed?: string }; output: null }
  /** Reads and checks a registration file (the CPU-heavy part of an import); writing stays with the project. */
  'pool.validate': {
    input: { file: string; sheet?: string; mapping: ImportMapping }
    output: ValidatedImport
  }
  'quotas.check': { input: DrawInput; output: QuotaCheck }
  /** The lottery of a draw (LEXIMIN or MAXIMIN): the long, seed-independent part. */
  'draw.compute': {
    input: { input: DrawInput; algorithm: 'leximin' | 'maximin' }
    output: { lottery: Lottery; probabilities: number[]; stats: ComputedStats }
  }
  /** A table plan's search, session by session (the Tables screen's "Plan the sessions"). */
  'tables.plan': { input: SeatingRequest; output: SeatingPlan }
}

export type ComputedStats = {
  minProbability: number
  maxProbability: number
  panels: number
  seconds: number
  stopped?: StoppedEarly
}
export type JobName = keyof JobDefinitions
export type JobInput<N extends JobName> = JobDefinitions[N]['input']
export type JobOutput<N extends JobName> = JobDefinitions[N]['output']

type JobFunction<N extends JobName> = (
  input: JobInput<N>,
  progress: (p: JobProgress) => void,
  /** Aborted when the host asks the job to finish early with what it has. */
  stop: AbortSignal,
) => Promise<JobOutput<N>>

export const jobs: { [N in JobName]: JobFunction<N> } = {
  'demo.create': async ({ file, seed }, progress) => {
    await createDemo(file, {
      ...(seed ? { seed } : {}),
      onProgress: (stage, done, total) => progress({ stage, done, total }),
    })
    return null
  },
  'pool.validate': async ({ file, sheet, mapping }, progress) => {
    progress({ stage: 'pool.read', done: 0, total: 2 })
    const table = await readTable(file, sheet === undefined ? {} : { sheet })
    progress({ stage: 'pool.check', done: 1, total: 2 })
    const validation = validateRows(table, mapping)
    progress({ stage: 'pool.checked', done: 2, total: 2 })
    return { fileName: basename(file), headers: table.headers, mapping, validation }
  },
  'tables.plan': (request, progress) =>
    Promise.resolve(
      planSeating(request, { onProgress: (done, total) => progress({ stage: 'tables.plan', done, total }) }),
    ),
  'quotas.check': async (input, progress) => {
    progress({ stage: 'quotas.check', done: 0, total: 1 })
    const check = await checkQuotas(input)
    progress({ stage: 'quotas.checked', done: 1, total: 1 })
    return check
  },
  'draw.compute': async ({ input, algorithm }, progress, stop) => {
    const steps = ['checking', 'seeding', 'optimising', 'fixing', 'finishing']
    const result = await computeLottery(input, algorithm, {
      stop,
      onProgress: (p) =>
        progress({
          stage: `draw.${p.stage}`,
          done: steps.indexOf(p.stage),
          total: steps.length,
          detail: {
            panels: p.panels,
            ...(p.minProbability !== undefined ? { minProbability: p.minProbability } : {}),
            ...(p.fixed !== undefined ? { fixed: p.fixed } : {}),
            ...(p.upperBound !== undefined ? { upperBound: p.upperBound } : {}),
            ...(p.round !== undefined ? { round: p.round } : {}),
            ...(p.people !== undefined ? { people: p.people } : {}),
          },
        }),
    })
    const { minProbability, maxProbability, panels, seconds, stopped } = result.stats
    return {
      lottery: result.lottery,
      probabilities: Array.from(result.probabilities),
      stats: { minProbability, maxProbability, panels, seconds, ...(stopped ? { stopped } : {}) },
    }
  },
}
