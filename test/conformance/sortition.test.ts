/**
 * Conformance of the draw against the public instances in ../shared/data/sortition
 * (see ../shared/README.md): published LEXIMIN results of Flanigan et al. (Nature 2021), the
 * Sortition Foundation's fixture, and the CLI's `draw` contract (shared/docs/cli.md).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { drawCommand } from '../../src/cli/commands/draw.ts'
import { computeLottery, drawFromLottery, type LotteryResult } from '../../src/core/sortition/draw.ts'
import { InfeasibleQuotasError } from '../../src/core/sortition/infeasible-quotas-error.ts'
import { panelProblems } from '../../src/core/sortition/instance.ts'
import { marginals } from '../../src/core/sortition/lottery.ts'
import { parseQuotas } from '../../src/core/sortition/parse-quotas.ts'
import { parseRespondents, type RespondentFileOptions } from '../../src/core/sortition/parse-respondents.ts'
import type { DrawInput } from '../../src/core/sortition/types.ts'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const dataRoot = resolve(repoRoot, '../shared/data/sortition')
const present = existsSync(dataRoot)
if (!present) console.warn(`[conformance] ${dataRoot} is absent: the sortition conformance suite is SKIPPED.`)
const suite = present ? describe : describe.skip

const nature = (name: string) => join(dataRoot, 'pgoelz__citizensassemblies-replication/data', name)
const sf = join(dataRoot, 'sortitionfoundation__sortition-algorithms/tests/fixtures')
const opendlp = join(dataRoot, 'sortitionfoundation__opendlp/backend/docs/fixtures/monitoring')

function load(
  categories: string,
  respondents: string,
  panelSize: number,
  options: RespondentFileOptions = {},
): DrawInput {
  const { quotas } = parseQuotas(readFileSync(categories, 'utf8'))
  const { pool } = parseRespondents(readFileSync(respondents, 'utf8'), quotas, options)
  return { quotas, pool, panelSize }
}

/** The checks every lottery must pass, computed here independently of the implementation's own check. */
function expectSoundLottery(result: LotteryResult): void {
  const { instance, lottery, probabilities } = result
  const total = lottery.reduce((sum, entry) => sum + entry.probability, 0)
  expect(Math.abs(total - 1)).toBeLessThan(1e-9)
  for (const { panel, probability } of lottery) {
    expect(probability).toBeGreaterThan(0)
    expect(panelProblems(instance, panel)).toEqual([])
  }
  const recomputed = marginals(instance.n, lottery)
  for (let i = 0; i < instance.n; i++)
    expect(Math.abs((probabilities[i] ?? 0) - (recomputed[i] ?? 0))).toBeLessThan(1e-12)
  expect(Math.abs(probabilities.reduce((a, p) => a + p, 0) - instance.k)).toBeLessThan(1e-6)
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await drawCommand.run(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  })
  return { code, stdout, stderr }
}

suite('Nature 2021 replication instances (LEXIMIN: everyone at k/n = 0.100)', () => {
  for (const [name, k] of [
    ['example_small_20', 20],
    ['example_large_200', 200],
  ] as const) {
    it(`${name}: LEXIMIN minimum 0.100 (±5e-4), every respondent at k/n, sound lottery`, async () => {
      const input = load(join(nature(name), 'categories.csv'), join(nature(name), 'respondents.csv'), k)
      const result = await computeLottery(input, 'leximin')
      expect(result.instance.n).toBe(k * 10)
      expect(Math.abs(result.stats.minProbability - 0.1)).toBeLessThanOrEqual(5e-4)
      for (const p of result.probabilities)
        expect(Math.abs(p - k / result.instance.n)).toBeLessThanOrEqual(5e-4)
      expectSoundLottery(result)
      const a = drawFromLottery(result.lottery, result.instance.n, 'conformance-seed')
      expect(drawFromLottery(result.lottery, result.instance.n, 'conformance-seed')).toEqual(a)
    }, 240_000)
  }
})

suite('Sortition Foundation fixture (150 candidates, SF quota format)', () => {
  const features = join(sf, 'features.csv')
  const candidates = join(sf, 'candidates.csv')
  const options = { idColumn: 'nationbuilder_id', householdColumns: ['primary_address1', 'primary_zip'] }

  it('k=22 LEXIMIN: minimum 0.0909, maximum 0.4709 (±5e-4), sound lottery', async () => {
    const result = await computeLottery(load(features, candidates, 22, options), 'leximin')
    expect(Math.abs(result.stats.minProbability - 0.0909)).toBeLessThanOrEqual(5e-4)
    expect(Math.abs(result.stats.maxProbability - 0.4709)).toBeLessThanOrEqual(5e-4)
    expectSoundLottery(result)
  }, 120_000)

  it('k=22 MAXIMIN reaches the same minimum as LEXIMIN', async () => {
    const result = await computeLottery(load(features, candidates, 22, options), 'maximin')
    expect(Math.abs(result.stats.minProbability - 0.0909)).toBeLessThanOrEqual(5e-4)
    expectSoundLottery(result)
  }, 120_000)

  it('k=24 is infeasible and reported with the smallest relaxation', async () => {
    const error = await computeLottery(load(features, candidates, 24, options), 'leximin').catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(InfeasibleQuotasError)
    const relaxation = (error as InfeasibleQuotasError).relaxation
    expect(relaxation?.changes.length).toBeGreaterThan(0)
    expect((error as Error).message).toContain(relaxation?.sentences[0] ?? '(none)')
    // Applying the relaxation makes the quotas feasible.
    const relaxed = load(features, candidates, 24, options)
    for (const change of relaxation?.changes ?? []) {
      const row = relaxed.quotas.find((q) => q.category === change.category && q.value === change.value)
      if (row) row[change.bound] = change.to
    }
    expectSoundLottery(await computeLottery(relaxed, 'maximin'))
  }, 120_000)
})

suite('OpenDLP monitoring fixture (older category,name quota headers, households by address)', () => {
  it('k=30 LEXIMIN: sound lottery, nobody shares an address on a panel', async () => {
    const input = load(join(opendlp, 'categories.csv'), join(opendlp, 'respondents.csv'), 30, {
      idColumn: 'unique_id',
      householdColumns: ['address_line_1'],
    })
    const result = await computeLottery(input, 'leximin')
    expect(result.instance.households).toHaveLength(7) // seven addresses with two respondents each
    expectSoundLottery(result)
    expect(result.stats.minProbability).toBeGreaterThan(0)
  }, 120_000)
})

suite('CLI draw (shared/docs/cli.md)', () => {
  const small = nature('example_small_20')
  const base = [
    '--categories',
    join(small, 'categories.csv'),
    '--respondents',
    join(small, 'respondents.csv'),
    '--panel-size',
    '20',
  ]

  it('prints the required JSON keys; the same seed gives the same panel', async () => {
    const first = await cli([...base, '--seed', 'dice 6-2-4', '--json'])
    expect(first.code).toBe(0)
    const output = JSON.parse(first.stdout) as Record<string, unknown>
    for (const key of [
      'algorithm',
      'panelSize',
      'seed',
      'inputHash',
      'probabilities',
      'lottery',
      'selected',
      'stats',
    ])
      expect(output).toHaveProperty(key)
    expect(output.seed).toBe('dice 6-2-4')
    expect(output.algorithm).toBe('leximin')
    expect(output.inputHash).toMatch(/^[0-9a-f]{64}$/)
    const selected = output.selected as string[]
    expect(selected).toHaveLength(20)
    expect(Object.keys(output.probabilities as object)).toHaveLength(200)
    expect((output.probabilities as Record<string, number>)['0']).toBeCloseTo(0.1, 3)
    const lottery = output.lottery as { probability: number; members: string[] }[]
    expect(lottery.some((entry) => entry.members.join() === selected.join())).toBe(true)
    const again = JSON.parse((await cli([...base, '--seed', 'dice 6-2-4', '--json'])).stdout) as Record<
      string,
      unknown
    >
    expect(again.selected).toEqual(selected)
    expect(again.inputHash).toBe(output.inputHash)
  }, 120_000)

  it('draws a ticket from a uniform lottery of m panels', async () => {
    const run = await cli([...base, '--seed', '7', '--lottery-size', '1000', '--json'])
    const output = JSON.parse(run.stdout) as {
      uniformLottery: { size: number; ticketDrawn: number; panelOfTicket: number[] }
    }
    expect(output.uniformLottery.size).toBe(1000)
    expect(output.uniformLottery.panelOfTicket).toHaveLength(1000)
    expect(output.uniformLottery.ticketDrawn).toBeGreaterThanOrEqual(1)
  }, 120_000)

  it('records a generated seed when none is given', async () => {
    const run = await cli([...base, '--algorithm', 'legacy', '--json'])
    expect(run.code).toBe(0)
    const output = JSON.parse(run.stdout) as { seed: string; selected: string[] }
    expect(output.seed).toMatch(/^[0-9a-f]{32}$/)
    expect(run.stderr).toContain(output.seed)
    expect(output.selected).toHaveLength(20)
  }, 120_000)

  it('exits 1 on infeasible quotas with error.relaxation; 2 on usage errors', async () => {
    const run = await cli([
      '--categories',
      join(sf, 'features.csv'),
      '--respondents',
      join(sf, 'candidates.csv'),
      '--id-column',
      'nationbuilder_id',
      '--panel-size',
      '24',
      '--seed',
      '1',
      '--json',
    ])
    expect(run.code).toBe(1)
    const output = JSON.parse(run.stdout) as {
      error: { code: string; message: string; relaxation: { sentences: string[] } }
    }
    expect(output.error.code).toBe('infeasible-quotas')
    expect(output.error.relaxation.sentences.length).toBeGreaterThan(0)
    expect(run.stderr.trim().split('\n').at(-1)).toContain('→')
    await expect(cli([...base.slice(0, 4)])).rejects.toThrow(/--panel-size/)
    await expect(cli([...base, '--algorithm', 'nash'])).rejects.toThrow(/--algorithm must be one of/)
  }, 120_000)
})
