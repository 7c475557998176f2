/**
 * Sortition benchmark: `npx node src/bench/sortition.bench.ts [--long]` (or `npm run bench sortition`).
 * Prints one table row per run. Public instances come from ../shared/data/sortition; generated
 * pools use the seeded generator, so every run solves the same instances. Figures only: timing
 * never fails anything. `--long` adds LEXIMIN on a generated n≈1,700, k=110 pool (cut off at 5 minutes).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SeededRandom } from '../core/random/seeded-random.ts'
import { computeLottery, runDraw } from '../core/sortition/draw.ts'
import { getHighs } from '../core/sortition/highs.ts'
import { buildInstance } from '../core/sortition/instance.ts'
import { drawLegacy } from '../core/sortition/legacy.ts'
import { parseQuotas } from '../core/sortition/parse-quotas.ts'
import { parseRespondents, type RespondentFileOptions } from '../core/sortition/parse-respondents.ts'
import type { Algorithm, DrawInput, Quota, Respondent } from '../core/sortition/types.ts'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const dataRoot = resolve(repoRoot, '../shared/data/sortition')

function load(
  categories: string,
  respondents: string,
  panelSize: number,
  options: RespondentFileOptions = {},
): DrawInput {
  const { quotas } = parseQuotas(readFileSync(join(dataRoot, categories), 'utf8'))
  const { pool } = parseRespondents(readFileSync(join(dataRoot, respondents), 'utf8'), quotas, options)
  return { quotas, pool, panelSize }
}

/**
 * A synthetic pool: categories with uneven shares, correlated through a hidden "background"
 * trait, some two-person households, and quotas of population share × k with a ±10% band.
 */
function generatedPool(
  seed: string,
  n: number,
  k: number,
  sizes: number[],
  householdShare: number,
): DrawInput {
  const random = new SeededRandom(seed)
  const categories = sizes.map((size, c) => ({
    name: `cat${c + 1}`,
    values: Array.from({ length: size }, (_, v) => `v${v + 1}`),
    // Uneven base shares.
    weights: Array.from({ length: size }, (_, v) => 1 + v + random.next() * size),
  }))
  const pool: Respondent[] = []
  for (let i = 0; i < n; i++) {
    const background = random.next()
    const features: Record<string, string> = {}
    for (const category of categories) {
      // Correlation: the background trait tilts every category towards its low or high values.
      const tilted = category.weights.map(
        (w, v) => w * (1 + 2 * Math.abs(background - v / category.values.length)),
      )
      const total = tilted.reduce((a, b) => a + b, 0)
      let u = random.next() * total
      let value = category.values.length - 1
      for (let v = 0; v < tilted.length; v++) {
        u -= tilted[v] ?? 0
        if (u < 0) {
          value = v
          break
        }
      }
      features[category.name] = category.values[value] ?? 'v1'
    }
    const respondent: Respondent = { id: `g${i}`, features }
    if (i > 0 && random.next() < householdShare) respondent.household = `house${i - 1}`
    else if (random.next() < householdShare) respondent.household = `house${i}`
    pool.push(respondent)
  }
  const quotas: Quota[] = []
  for (const category of categories) {
    for (const value of category.values) {
      const count = pool.filter((r) => r.features[category.name] === value).length
      const share = (count / n) * k
      quotas.push({
        category: category.name,
        value,
        min: Math.max(0, Math.floor(share * 0.9)),
        max: Math.min(count, Math.ceil(share * 1.1)),
      })
    }
  }
  return { quotas, pool, panelSize: k }
}

type Row = {
  instance: string
  algorithm: Algorithm
  n: number
  k: number
  min: string
  max: string
  panels: string
  seconds: string
}
const rows: Row[] = []

async function lottery(
  name: string,
  input: DrawInput,
  algorithm: 'leximin' | 'maximin',
  limitSeconds?: number,
) {
  const started = performance.now()
  try {
    const options = limitSeconds ? { signal: AbortSignal.timeout(limitSeconds * 1000) } : {}
    const result = await computeLottery(input, algorithm, options)
    rows.push({
      instance: name,
      algorithm,
      n: input.pool.length,
      k: input.panelSize,
      min: result.stats.minProbability.toFixed(4),
      max: result.stats.maxProbability.toFixed(4),
      panels: `${result.stats.panels} (${result.stats.panelsFound} found)`,
      seconds: result.stats.seconds.toFixed(2),
    })
  } catch (error) {
    rows.push({
      instance: name,
      algorithm,
      n: input.pool.length,
      k: input.panelSize,
      min: '—',
      max: '—',
      panels: (error as Error).message.slice(0, 40),
      seconds: ((performance.now() - started) / 1000).toFixed(2),
    })
  }
  process.stderr.write(`done: ${name} ${algorithm}\n`)
}

await getHighs()
if (existsSync(dataRoot)) {
  const nature = 'pgoelz__citizensassemblies-replication/data'
  await lottery(
    'example_small_20',
    load(`${nature}/example_small_20/categories.csv`, `${nature}/example_small_20/respondents.csv`, 20),
    'leximin',
  )
  await lottery(
    'example_large_200',
    load(`${nature}/example_large_200/categories.csv`, `${nature}/example_large_200/respondents.csv`, 200),
    'leximin',
  )
  const sf = 'sortitionfoundation__sortition-algorithms/tests/fixtures'
  const fixture = load(`${sf}/features.csv`, `${sf}/candidates.csv`, 22, { idColumn: 'nationbuilder_id' })
  await lottery('SF fixture k=22', fixture, 'leximin')
  await lottery('SF fixture k=22', fixture, 'maximin')
} else {
  process.stderr.write(`${dataRoot} is absent: public instances skipped.\n`)
}
await lottery('generated 750/112, 4 cat.', generatedPool('bench-750', 750, 112, [3, 4, 4, 8], 0), 'maximin')
await lottery(
  'generated 300/50, 7 cat., households',
  generatedPool('bench-300', 300, 50, [2, 4, 4, 5, 3, 6, 3], 0.1),
  'leximin',
)
if (process.argv.includes('--long'))
  await lottery(
    'generated 1700/110, 7 cat., households',
    generatedPool('bench-1700', 1700, 110, [2, 5, 4, 6, 3, 8, 3], 0.1),
    'leximin',
    300,
  )

// LEGACY: one panel from a pool of 10,000 (the greedy alone, then through runDraw with its checks).
const big = generatedPool('bench-10000', 10_000, 100, [2, 5, 4, 6], 0.05)
const bigInstance = buildInstance(big)
drawLegacy(bigInstance, new SeededRandom('warm-up'))
const legacyStarted = performance.now()
const draws = 20
for (let s = 0; s < draws; s++) drawLegacy(bigInstance, new SeededRandom(`legacy-${s}`))
const perPanel = (performance.now() - legacyStarted) / 1000 / draws
rows.push({
  instance: 'generated 10000/100 (greedy only)',
  algorithm: 'legacy',
  n: 10_000,
  k: 100,
  min: '—',
  max: '—',
  panels: '1',
  seconds: perPanel.toFixed(4),
})
const full = await runDraw(big, 'legacy', 'bench')
rows.push({
  instance: 'generated 10000/100 (parse→draw)',
  algorithm: 'legacy',
  n: 10_000,
  k: 100,
  min: '—',
  max: '—',
  panels: '1',
  seconds: full.seconds.toFixed(4),
})

const header: Row = {
  instance: 'instance',
  algorithm: 'legacy',
  n: 0,
  k: 0,
  min: 'min prob',
  max: 'max prob',
  panels: 'panels',
  seconds: 'seconds',
}
const cells = (row: Row, isHeader = false) => [
  row.instance,
  isHeader ? 'algorithm' : row.algorithm,
  isHeader ? 'n' : String(row.n),
  isHeader ? 'k' : String(row.k),
  row.min,
  row.max,
  row.panels,
  row.seconds,
]
const table = [cells(header, true), ...rows.map((row) => cells(row))]
const widths = table[0]?.map((_, c) => Math.max(...table.map((line) => (line[c] ?? '').length))) ?? []
for (const [l, line] of table.entries()) {
  process.stdout.write(`${line.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')}\n`)
  if (l === 0) process.stdout.write(`${widths.map((w) => '-'.repeat(w)).join('-|-')}\n`)
}
