import fc from 'fast-check'
import type { Highs } from 'highs'
import { describe, expect, it } from 'vitest'
import { SeededRandom } from '../random/seeded-random.ts'
import { computeLottery } from './draw.ts'
import { getHighs } from './highs.ts'
import { buildInstance, panelProblems, type Instance } from './instance.ts'
import { drawLegacy } from './legacy.ts'
import { marginals } from './lottery.ts'
import type { DrawInput, Quota, Respondent } from './types.ts'

/** Every feasible panel, by brute force (tiny pools only). */
function allPanels(instance: Instance): number[][] {
  const out: number[][] = []
  const pick = (from: number, chosen: number[]) => {
    if (chosen.length === instance.k) {
      if (panelProblems(instance, chosen).length === 0) out.push([...chosen])
      return
    }
    for (let i = from; i < instance.n; i++) pick(i + 1, [...chosen, i])
  }
  pick(0, [])
  return out
}

/**
 * An independent LEXIMIN: over ALL feasible panels (no column generation), maximise the lowest
 * unfixed probability, then fix exactly those who cannot go above it (one LP each), repeat.
 * Written with LP text and the one-shot solver, sharing no code with the implementation.
 */
function bruteForceLeximin(highs: Highs, n: number, panels: number[][]): number[] {
  const fixed = new Map<number, number>()
  const lp = (objective: string, sense: 'Maximize', extra: string[]) => {
    const lines = [
      sense,
      ` obj: ${objective}`,
      'Subject To',
      ` sum: ${panels.map((_, b) => `l${b}`).join(' + ')} = 1`,
    ]
    const cover = (i: number) => panels.flatMap((panel, b) => (panel.includes(i) ? [`l${b}`] : []))
    for (let i = 0; i < n; i++) {
      const terms = cover(i)
      const lhs = terms.length > 0 ? terms.join(' + ') : '0 l0'
      const f = fixed.get(i)
      lines.push(f === undefined ? ` c${i}: ${lhs} - t >= 0` : ` c${i}: ${lhs} >= ${Math.max(0, f - 1e-9)}`)
    }
    lines.push(...extra, 'Bounds', ' t free', 'End')
    const result = highs.solve(lines.join('\n'), {})
    if (result.Status !== 'Optimal') throw new Error(`reference LP: ${result.Status}`)
    return result
  }
  while (fixed.size < n) {
    const t = lp('t', 'Maximize', []).ObjectiveValue
    const unfixed = Array.from({ length: n }, (_, i) => i).filter((i) => !fixed.has(i))
    const stuck: number[] = []
    for (const i of unfixed) {
      const terms = panels.flatMap((panel, b) => (panel.includes(i) ? [`l${b}`] : []))
      if (terms.length === 0) {
        stuck.push(i)
        continue
      }
      const best = lp(terms.join(' + '), 'Maximize', [` floor: t >= ${t - 1e-9}`]).ObjectiveValue
      if (best <= t + 1e-7) stuck.push(i)
    }
    for (const i of stuck.length > 0 ? stuck : unfixed) fixed.set(i, t)
  }
  return Array.from({ length: n }, (_, i) => fixed.get(i) ?? 0)
}

const smallInstance = fc
  .record({
    n: fc.integer({ min: 4, max: 9 }),
    k: fc.integer({ min: 2, max: 4 }),
    genders: fc.array(fc.constantFrom('F', 'M'), { minLength: 9, maxLength: 9 }),
    regions: fc.array(fc.constantFrom('N', 'S', 'E'), { minLength: 9, maxLength: 9 }),
    households: fc.array(fc.constantFrom('', '', '', 'h1', 'h2'), { minLength: 9, maxLength: 9 }),
    reference: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8]),
    slack: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 10, maxLength: 10 }),
  })
  .map(({ n, k, genders, regions, households, reference, slack }): DrawInput => {
    const size = Math.min(k, n - 1)
    const pool: Respondent[] = Array.from({ length: n }, (_, i) => {
      const household = households[i] ?? ''
      const features = { gender: genders[i] ?? 'F', region: regions[i] ?? 'N' }
      return household ? { id: `r${i}`, features, household } : { id: `r${i}`, features }
    })
    // Quotas around the make-up of some reference group, so they are often (not always) feasible.
    const group = [...reference.filter((i) => i < n), ...Array.from({ length: n }, (_, i) => i)].slice(
      0,
      size,
    )
    const quotas: Quota[] = []
    let s = 0
    for (const [category, values] of [
      ['gender', ['F', 'M']],
      ['region', ['N', 'S', 'E']],
    ] as const) {
      for (const value of values) {
        const count = group.filter((i) => pool[i]?.features[category] === value).length
        quotas.push({
          category,
          value,
          min: Math.max(0, count - (slack[s++] ?? 0)),
          max: count + (slack[s++ % 10] ?? 0),
        })
      }
    }
    return { quotas, pool, panelSize: size }
  })

describe('properties on random small pools', () => {
  it('LEXIMIN and MAXIMIN match a brute-force reference; every panel is feasible', async () => {
    const highs = await getHighs()
    await fc.assert(
      fc.asyncProperty(smallInstance, async (input) => {
        const instance = buildInstance(input)
        const panels = allPanels(instance)
        fc.pre(panels.length > 0)
        const leximin = await computeLottery(input, 'leximin')
        const maximin = await computeLottery(input, 'maximin')
        for (const result of [leximin, maximin]) {
          const sum = result.lottery.reduce((a, e) => a + e.probability, 0)
          expect(sum).toBeCloseTo(1, 9)
          for (const { panel } of result.lottery) expect(panelProblems(instance, panel)).toEqual([])
          const recomputed = marginals(instance.n, result.lottery)
          result.probabilities.forEach((p, i) => expect(p).toBeCloseTo(recomputed[i] ?? -1, 12))
          expect(result.probabilities.reduce((a, p) => a + p, 0)).toBeCloseTo(instance.k, 9)
        }
        const reference = bruteForceLeximin(highs, instance.n, panels)
        leximin.probabilities.forEach((p, i) => expect(p).toBeCloseTo(reference[i] ?? -1, 5))
        const referenceMin = Math.min(...reference)
        expect(maximin.stats.minProbability).toBeCloseTo(referenceMin, 5)
        expect(leximin.stats.minProbability).toBeGreaterThanOrEqual(maximin.stats.minProbability - 1e-6)
        // LEGACY: every panel feasible; it can never beat the optimal minimum probability.
        const hits = new Array<number>(instance.n).fill(0)
        const draws = 100
        for (let s = 0; s < draws; s++) {
          const panel = drawLegacy(instance, new SeededRandom(`prop-${s}`))
          expect(panelProblems(instance, panel)).toEqual([])
          for (const i of panel) hits[i] = (hits[i] ?? 0) + 1
        }
        // 100 fixed-seed draws; the slack is 3 standard deviations of the estimate.
        expect(Math.min(...hits) / draws).toBeLessThanOrEqual(referenceMin + 0.15)
      }),
      { numRuns: 30, seed: 20260101 },
    )
  }, 120_000)
})
