/**
 * LEXIMIN and MAXIMIN on pools shaped like real ones (real-shaped-pools.ts: self-selected pools,
 * quotas from the population, so chances fall below k/n): `npm run bench -- leximin-real
 * [--runs=N] [--limit=SECONDS] [--only=NAME] [--algorithm=leximin|maximin]`.
 * Each run is a child process that stops at `--limit` seconds (default 300) with the best lottery
 * so far, as an organiser would, and says how far it was from the fairest (the certified gap); it
 * is killed a minute later should a solve stall. Prints the median wall and CPU seconds over the runs.
 * Figures only: timing never fails anything.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { stoppedGapPoints } from '../shared/draws.ts'
import { computeLottery } from '../core/sortition/draw.ts'
import { buildInstance } from '../core/sortition/instance.ts'
import { classify } from '../core/sortition/person-classes.ts'
import { REAL_SHAPES, realShapedPool } from './real-shaped-pools.ts'

const argument = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? undefined

type Figures = {
  min: number
  kn: number
  max: number
  panels: number
  found: number
  stages: number
  wall: number
  cpu: number
  /** Stopped at the limit: percentage points between the lowest chance and its certified bound. */
  gap?: number
  /** Stopped at the limit: the LEXIMIN stage it was in. */
  round?: number
}

// In the child: one run, figures as JSON on stdout.
const child = argument('child')
if (child) {
  const [name, algorithm] = child.split('|')
  const shape = REAL_SHAPES.find((s) => s.name === name)
  if (!shape) throw new Error(`No such instance: ${name}`)
  const input = realShapedPool(shape)
  const cpu = process.cpuUsage()
  const result = await computeLottery(input, algorithm === 'maximin' ? 'maximin' : 'leximin', {
    stop: AbortSignal.timeout(Number(argument('limit') ?? 300) * 1000),
  })
  const used = process.cpuUsage(cpu)
  const stopped = result.stats.stopped
  const figures: Figures = {
    min: result.stats.minProbability,
    kn: shape.k / shape.n,
    max: result.stats.maxProbability,
    panels: result.stats.panels,
    found: result.stats.panelsFound,
    stages: result.stats.stages,
    wall: result.stats.seconds,
    cpu: (used.user + used.system) / 1e6,
    ...(stopped ? { gap: stoppedGapPoints(stopped), round: stopped.round } : {}),
  }
  process.stdout.write(JSON.stringify(figures))
  process.exit(0)
}

const runs = Number(argument('runs') ?? 1)
const limit = Number(argument('limit') ?? 300)
const only = argument('only')
const algorithms = argument('algorithm') ? [argument('algorithm') ?? 'leximin'] : ['leximin', 'maximin']
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

const table: string[][] = [
  [
    'instance',
    'algorithm',
    'classes',
    'min prob',
    'k/n',
    'max prob',
    'panels',
    'stages',
    'seconds (median)',
    'cpu s',
    'runs',
  ],
]
for (const shape of REAL_SHAPES) {
  if (only && !shape.name.includes(only)) continue
  for (const algorithm of algorithms) {
    const done: Figures[] = []
    let failure = ''
    for (let run = 0; run < runs; run++) {
      const started = performance.now()
      const result = spawnSync(
        process.execPath,
        [
          '--no-warnings=ExperimentalWarning',
          fileURLToPath(import.meta.url),
          `--child=${shape.name}|${algorithm}`,
          `--limit=${limit}`,
        ],
        { timeout: (limit + 60) * 1000, encoding: 'utf8', killSignal: 'SIGKILL' },
      )
      if (result.status === 0) done.push(JSON.parse(result.stdout) as Figures)
      else
        failure = result.error
          ? `not finished in ${limit + 60} s`
          : (result.stderr.trim().split('\n').pop() ?? 'failed')
      process.stderr.write(
        `${shape.name} ${algorithm} run ${run + 1}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
      )
      if (result.status !== 0) break
    }
    const last = done[done.length - 1]
    table.push(
      last && done.length === runs
        ? [
            shape.name,
            algorithm,
            String(classCount(shape.name)),
            last.min.toFixed(5),
            last.kn.toFixed(5),
            last.max.toFixed(5),
            `${last.panels} (${last.found} found)`,
            String(last.stages),
            median(done.map((f) => f.wall)).toFixed(1) + stoppedNote(done),
            median(done.map((f) => f.cpu)).toFixed(1),
            String(done.length),
          ]
        : [
            shape.name,
            algorithm,
            String(classCount(shape.name)),
            '—',
            '—',
            '—',
            failure.slice(0, 40),
            '—',
            `>${limit}`,
            '—',
            String(done.length),
          ],
    )
  }
}

/** "stopped at the limit", with the largest certified gap, when any run stopped there. */
function stoppedNote(done: Figures[]): string {
  const stopped = done.filter((f) => f.gap !== undefined)
  if (stopped.length === 0) return ''
  const gap = Math.max(...stopped.map((f) => f.gap ?? 0)).toFixed(3)
  const round = Math.min(...stopped.map((f) => f.round ?? 1))
  return ` (${stopped.length} stopped at the limit in stage ${round}, lowest within ${gap} points)`
}

function classCount(name: string): number {
  const shape = REAL_SHAPES.find((s) => s.name === name)
  return shape ? classify(buildInstance(realShapedPool(shape))).classes.length : 0
}

const widths = table[0]?.map((_, c) => Math.max(...table.map((line) => (line[c] ?? '').length))) ?? []
for (const [l, line] of table.entries()) {
  process.stdout.write(`${line.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')}\n`)
  if (l === 0) process.stdout.write(`${widths.map((w) => '-'.repeat(w)).join('-|-')}\n`)
}
