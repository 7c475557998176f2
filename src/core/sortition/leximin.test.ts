import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors.ts'
import { computeLottery } from './draw.ts'
import { InfeasibleQuotasError } from './infeasible-quotas-error.ts'
import { input, pool, quota, skewedInput } from './test-helpers.ts'

const byId = (ids: string[], p: Float64Array) => Object.fromEntries(ids.map((id, i) => [id, p[i] ?? 0]))

describe('LEXIMIN and MAXIMIN on instances solved by hand', () => {
  it('gives everyone 1/2 when any woman can pair with any man', async () => {
    const respondents = pool([
      ['a', { g: 'F' }],
      ['b', { g: 'F' }],
      ['c', { g: 'M' }],
      ['d', { g: 'M' }],
    ])
    const quotas = [quota('g', 'F', 1, 1), quota('g', 'M', 1, 1)]
    for (const algorithm of ['leximin', 'maximin'] as const) {
      const result = await computeLottery(input(quotas, respondents, 2), algorithm)
      for (const p of result.probabilities) expect(p).toBeCloseTo(0.5, 9)
    }
  })

  it('gives 0 to people in a full group and to people no panel can hold, and shares the rest', async () => {
    // Replacement-round shape: the 60+ group is full (max 0); the one seat must go to someone
    // young, so f (older, not full) fits in no panel either.
    const respondents = pool([
      ['a', { age: 'young', area: 'N' }],
      ['b', { age: 'young', area: 'S' }],
      ['c', { age: 'young', area: 'S' }],
      ['d', { age: 'old', area: 'N' }],
      ['e', { age: 'old', area: 'S' }],
      ['f', { age: 'mid', area: 'N' }],
    ])
    const quotas = [
      quota('age', 'young', 1, 1),
      quota('age', 'mid', 0, 1),
      quota('age', 'old', 0, 0),
      quota('area', 'N', 0, 1),
      quota('area', 'S', 0, 1),
    ]
    const result = await computeLottery(input(quotas, respondents, 1), 'leximin')
    const p = byId(['a', 'b', 'c', 'd', 'e', 'f'], result.probabilities)
    for (const id of ['a', 'b', 'c']) expect(p[id]).toBeCloseTo(1 / 3, 9)
    for (const id of ['d', 'e', 'f']) expect(p[id]).toBe(0)
    for (const { panel } of result.lottery) expect(panel.every((i) => i <= 2)).toBe(true)
  })

  it('puts the only woman on every panel and shares the other seat', async () => {
    const respondents = pool([
      ['a', { g: 'F' }],
      ['b', { g: 'M' }],
      ['c', { g: 'M' }],
      ['d', { g: 'M' }],
    ])
    const result = await computeLottery(
      input([quota('g', 'F', 1, 1), quota('g', 'M', 1, 1)], respondents, 2),
      'leximin',
    )
    const p = byId(['a', 'b', 'c', 'd'], result.probabilities)
    expect(p.a).toBeCloseTo(1, 9)
    for (const id of ['b', 'c', 'd']) expect(p[id]).toBeCloseTo(1 / 3, 9)
    expect(result.stats.minProbability).toBeCloseTo(1 / 3, 9)
  })

  it('reports the lowest chance so far under a certified bound that the result meets', async () => {
    const seen: { min: number; bound: number; round: number }[] = []
    const result = await computeLottery(skewedInput(), 'leximin', {
      onProgress: (p) => {
        if (p.stage === 'optimising' && p.minProbability !== undefined && p.upperBound !== undefined)
          seen.push({ min: p.minProbability, bound: p.upperBound, round: p.round ?? 0 })
      },
    })
    const first = seen.filter((s) => s.round === 1)
    expect(first.length).toBeGreaterThan(0)
    for (const { min, bound } of first) {
      expect(min).toBeLessThanOrEqual(bound + 1e-9)
      expect(result.stats.minProbability).toBeLessThanOrEqual(bound + 1e-9)
      expect(result.stats.minProbability).toBeGreaterThanOrEqual(min - 1e-9)
    }
  })

  it('keeps housemates apart', async () => {
    const respondents = pool([
      ['a', { g: 'x' }, 'h1'],
      ['b', { g: 'x' }, 'h1'],
      ['c', { g: 'x' }],
    ])
    const result = await computeLottery(input([quota('g', 'x', 0, 2)], respondents, 2), 'leximin')
    const p = byId(['a', 'b', 'c'], result.probabilities)
    expect(p.c).toBeCloseTo(1, 9)
    expect(p.a).toBeCloseTo(0.5, 9)
    expect(p.b).toBeCloseTo(0.5, 9)
    for (const { panel } of result.lottery) expect(panel).toContain(2)
  })

  it('LEXIMIN raises the second-lowest probabilities where MAXIMIN need not', async () => {
    // One seat for region N (a, c), one for region S (b, d, e, f). S members can get at most 1/4;
    // LEXIMIN then splits N evenly (1/2 each), while any split with both ≥ 1/4 is maximin-optimal.
    const respondents = pool([
      ['a', { region: 'N' }],
      ['b', { region: 'S' }],
      ['c', { region: 'N' }],
      ['d', { region: 'S' }],
      ['e', { region: 'S' }],
      ['f', { region: 'S' }],
    ])
    const quotas = [quota('region', 'N', 1, 1), quota('region', 'S', 1, 1)]
    const leximin = await computeLottery(input(quotas, respondents, 2), 'leximin')
    const p = byId(['a', 'b', 'c', 'd', 'e', 'f'], leximin.probabilities)
    expect(p.a).toBeCloseTo(0.5, 9)
    expect(p.c).toBeCloseTo(0.5, 9)
    for (const id of ['b', 'd', 'e', 'f']) expect(p[id]).toBeCloseTo(0.25, 9)
    const maximin = await computeLottery(input(quotas, respondents, 2), 'maximin')
    expect(maximin.stats.minProbability).toBeCloseTo(0.25, 9)
    const q = byId(['a', 'b', 'c', 'd', 'e', 'f'], maximin.probabilities)
    expect((q.a ?? 0) + (q.c ?? 0)).toBeCloseTo(1, 9)
  })

  it('lotteries sum to 1 and marginals sum to the panel size', async () => {
    const respondents = pool(
      Array.from({ length: 12 }, (_, i) => [
        `p${i}`,
        { g: i % 3 === 0 ? 'F' : 'M', age: i < 5 ? 'young' : 'old' },
      ]),
    )
    const quotas = [
      quota('g', 'F', 2, 3),
      quota('g', 'M', 2, 3),
      quota('age', 'young', 1, 2),
      quota('age', 'old', 3, 4),
    ]
    const result = await computeLottery(input(quotas, respondents, 5), 'leximin')
    expect(result.lottery.reduce((s, e) => s + e.probability, 0)).toBeCloseTo(1, 12)
    expect(result.probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(5, 9)
  })
})

describe('infeasible quotas', () => {
  it('explains a minimum above the pool and proposes lowering it', async () => {
    const respondents = pool([
      ['a', { g: 'F' }],
      ['b', { g: 'M' }],
      ['c', { g: 'M' }],
      ['d', { g: 'M' }],
    ])
    const promise = computeLottery(
      input([quota('g', 'F', 2, 2), quota('g', 'M', 0, 3)], respondents, 2),
      'leximin',
    )
    const error = await promise.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InfeasibleQuotasError)
    const infeasible = error as InfeasibleQuotasError
    expect(infeasible.code).toBe('infeasible-quotas')
    expect(infeasible.message).toContain('g:F: the minimum is 2 but only 1 person')
    expect(infeasible.relaxation?.sentences).toEqual(['g:F minimum 2 → 1'])
  })

  it('prefers lowering a large minimum to lowering a small one (Sortition Foundation weights)', async () => {
    // k = 4 and the category minimums add up to 5: lower either young 4 → 3 (cost 1.5) or old 1 → 0 (cost 3).
    const respondents = pool(Array.from({ length: 8 }, (_, i) => [`p${i}`, { age: i < 4 ? 'young' : 'old' }]))
    const quotas = [quota('age', 'young', 4, 4), quota('age', 'old', 1, 4)]
    const error = await computeLottery(input(quotas, respondents, 4), 'maximin').catch((e: unknown) => e)
    expect((error as InfeasibleQuotasError).relaxation?.changes).toEqual([
      { category: 'age', value: 'young', bound: 'min', from: 4, to: 3 },
    ])
  })

  it('respects min_flex: relaxes the other row when one may not move', async () => {
    const respondents = pool(Array.from({ length: 8 }, (_, i) => [`p${i}`, { age: i < 4 ? 'young' : 'old' }]))
    const quotas = [quota('age', 'young', 4, 4, { minFlex: 4 }), quota('age', 'old', 1, 4)]
    const error = await computeLottery(input(quotas, respondents, 4), 'maximin').catch((e: unknown) => e)
    expect((error as InfeasibleQuotasError).relaxation?.sentences).toEqual(['age:old minimum 1 → 0'])
  })

  it('says so when no change within the flex limits helps', async () => {
    const respondents = pool(Array.from({ length: 8 }, (_, i) => [`p${i}`, { age: i < 4 ? 'young' : 'old' }]))
    const quotas = [quota('age', 'young', 4, 4, { minFlex: 4 }), quota('age', 'old', 1, 4, { minFlex: 1 })]
    const error = await computeLottery(input(quotas, respondents, 4), 'maximin').catch((e: unknown) => e)
    expect((error as InfeasibleQuotasError).relaxation).toBeNull()
    expect((error as Error).message).toContain('No change within the allowed flexibility')
  })

  it('rejects a pool smaller than the panel as invalid input, not as a quota problem', async () => {
    const respondents = pool([['a', { g: 'x' }]])
    const error = await computeLottery(input([quota('g', 'x', 0, 2)], respondents, 2), 'leximin').catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('invalid-input')
  })
})

describe('cancellation', () => {
  it('stops with `cancelled` when the signal is aborted', async () => {
    const respondents = pool(Array.from({ length: 10 }, (_, i) => [`p${i}`, { g: i % 2 ? 'F' : 'M' }]))
    const controller = new AbortController()
    controller.abort()
    const error = await computeLottery(
      input([quota('g', 'F', 2, 3), quota('g', 'M', 2, 3)], respondents, 5),
      'leximin',
      {
        signal: controller.signal,
      },
    ).catch((e: unknown) => e)
    expect((error as AppError).code).toBe('cancelled')
  })

  it('stops between iterations when aborted while running', async () => {
    const respondents = pool(
      Array.from({ length: 30 }, (_, i) => [`p${i}`, { g: i % 3 ? 'F' : 'M', age: i % 4 ? 'old' : 'young' }]),
    )
    const quotas = [
      quota('g', 'F', 4, 7),
      quota('g', 'M', 3, 6),
      quota('age', 'old', 5, 8),
      quota('age', 'young', 2, 5),
    ]
    const controller = new AbortController()
    let eventsAfterAbort = 0
    const error = await computeLottery(input(quotas, respondents, 10), 'leximin', {
      signal: controller.signal,
      onProgress: (p) => {
        if (controller.signal.aborted) eventsAfterAbort += 1
        if (p.stage === 'seeding' && p.panels >= 2) controller.abort()
      },
    }).catch((e: unknown) => e)
    expect((error as AppError).code).toBe('cancelled')
    expect(eventsAfterAbort).toBeLessThanOrEqual(1)
  })

  it('reports progress with stages and panels found', async () => {
    const respondents = pool(Array.from({ length: 10 }, (_, i) => [`p${i}`, { g: i % 2 ? 'F' : 'M' }]))
    const stages = new Set<string>()
    let panels = 0
    await computeLottery(input([quota('g', 'F', 2, 3), quota('g', 'M', 2, 3)], respondents, 5), 'leximin', {
      onProgress: (p) => {
        stages.add(p.stage)
        panels = Math.max(panels, p.panels)
      },
    })
    expect([...stages]).toEqual(expect.arrayContaining(['checking', 'seeding', 'fixing', 'finishing']))
    expect(panels).toBeGreaterThan(0)
  })
})
