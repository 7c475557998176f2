import { describe, expect, it } from 'vitest'
import { REAL_SHAPES, realShapedPool } from '../../bench/real-shaped-pools.ts'
import { estimateDraw } from './estimate.ts'
import { input, pool, quota, skewedInput } from './test-helpers.ts'

const shape = (name: string) => {
  const found = REAL_SHAPES.find((s) => s.name.includes(name))
  if (!found) throw new Error(`no shape ${name}`)
  return realShapedPool(found)
}

describe('the time estimate before a draw', () => {
  it('says seconds when the quotas let everyone have the same chance', () => {
    const respondents = pool(Array.from({ length: 20 }, (_, i) => [`p${i}`, { g: i % 2 ? 'F' : 'M' }]))
    const estimate = estimateDraw(input([quota('g', 'F', 2, 3), quota('g', 'M', 2, 3)], respondents, 5))
    expect(estimate).toEqual({ people: 20, classes: 0, equalChance: true, band: 'seconds' })
  })

  it('grows with the classes of interchangeable people the optimisation works over', () => {
    const small = estimateDraw(skewedInput())
    expect(small).toMatchObject({ people: 60, equalChance: false, band: 'seconds' })
    expect(small.classes).toBeGreaterThan(1)
    expect(estimateDraw(shape('150/20'))).toMatchObject({ classes: 64, band: 'seconds' })
    expect(estimateDraw(shape('300/35'))).toMatchObject({ classes: 201, band: 'minute' })
    expect(estimateDraw(shape('1000/100')).band).toBe('minutes')
    expect(estimateDraw(shape('1727')).band).toBe('long')
  })
})
