import { describe, expect, it } from 'vitest'
import { quotaBoundsProblem } from './quotas.ts'

describe('quotaBoundsProblem', () => {
  it('accepts bounds that hold together, with or without flexibility', () => {
    expect(quotaBoundsProblem({ min: 2, max: 2 })).toBeNull()
    expect(quotaBoundsProblem({ min: 2, max: 5, minFlex: 0, maxFlex: 9 })).toBeNull()
    expect(quotaBoundsProblem({ min: 2, max: 5, minFlex: null, maxFlex: null })).toBeNull()
  })

  it('names the first problem: minimum above maximum, then each flexibility on the wrong side', () => {
    expect(quotaBoundsProblem({ min: 6, max: 5, minFlex: 9, maxFlex: 0 })).toBe('minAboveMax')
    expect(quotaBoundsProblem({ min: 2, max: 5, minFlex: 3 })).toBe('minFlexAboveMin')
    expect(quotaBoundsProblem({ min: 2, max: 5, maxFlex: 4 })).toBe('maxFlexBelowMax')
  })
})
