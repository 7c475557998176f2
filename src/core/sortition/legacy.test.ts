import { describe, expect, it } from 'vitest'
import { SeededRandom } from '../random/seeded-random.ts'
import { buildInstance, panelProblems } from './instance.ts'
import { drawLegacy } from './legacy.ts'
import { input, pool, quota } from './test-helpers.ts'

const respondents = pool(
  Array.from({ length: 40 }, (_, i): [string, Record<string, string>, string?] => {
    const features = { g: i % 4 === 0 ? 'F' : 'M', age: i % 5 === 0 ? 'young' : 'old' }
    return i % 7 === 0 ? [`p${i}`, features, `h${i % 3}`] : [`p${i}`, features]
  }),
)
const quotas = [
  quota('g', 'F', 3, 4),
  quota('g', 'M', 4, 5),
  quota('age', 'young', 2, 3),
  quota('age', 'old', 5, 6),
]
const instance = buildInstance(input(quotas, respondents, 8))

describe('LEGACY', () => {
  it('draws panels that meet every quota and the household rule', () => {
    for (let s = 0; s < 50; s++) {
      const panel = drawLegacy(instance, new SeededRandom(`seed-${s}`))
      expect(panelProblems(instance, panel)).toEqual([])
    }
  })

  it('gives the same panel for the same seed and varies with the seed', () => {
    const a = drawLegacy(instance, new SeededRandom('abc'))
    expect(drawLegacy(instance, new SeededRandom('abc'))).toEqual(a)
    const others = Array.from({ length: 10 }, (_, s) =>
      drawLegacy(instance, new SeededRandom(`x${s}`)).join(','),
    )
    expect(new Set(others).size).toBeGreaterThan(1)
  })

  it('fills a minimum that only a few people can meet first', () => {
    // Only two young people and a minimum of 2: both must always be chosen.
    const small = buildInstance(
      input(
        [quota('age', 'young', 2, 2), quota('age', 'old', 0, 5)],
        pool(Array.from({ length: 10 }, (_, i) => [`p${i}`, { age: i < 2 ? 'young' : 'old' }])),
        4,
      ),
    )
    for (let s = 0; s < 20; s++)
      expect(drawLegacy(small, new SeededRandom(String(s)))).toEqual(expect.arrayContaining([0, 1]))
  })

  it('fails with infeasible-quotas when no panel exists', () => {
    const impossible = buildInstance(
      input(
        [quota('g', 'x', 3, 3)],
        pool(Array.from({ length: 3 }, (_, i) => [`p${i}`, { g: 'x' }, 'same'])),
        3,
      ),
    )
    expect(() => drawLegacy(impossible, new SeededRandom('1'))).toThrow(/LEGACY found no panel/)
  })
})
