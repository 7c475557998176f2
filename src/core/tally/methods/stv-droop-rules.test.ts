import { describe, expect, it } from 'vitest'
import { withOptions } from '../election.ts'
import { rankedElection } from '../../../../test/support/ranked-election.ts'
import { countStv } from './stv.ts'

/** Droop STV rules in fixed-point arithmetic, on small elections worked out by hand. */

const stvWith = (rule: string, candidates: string[], ballots: Record<string, number>, seats: number) =>
  countStv(withOptions(rankedElection('stv', candidates, ballots, { seats }), { transfer: rule }))

describe('wigm-prf (PR Foundation reference WIGM, 4 places, truncated)', () => {
  // 6 ballots, 2 seats: quota = 6/3 + 0.0001 = 2.0001. Castor (4) is elected; surplus 1.9999
  // moves at weight trunc(1 × 1.9999) ÷ 4 = 0.499975 → 0.4999, so Pollux gets 4 × 0.4999 = 1.9996
  // and is defeated below Helen (2).
  it('truncates the transfer weight to four places', () => {
    const r = stvWith('wigm-prf', ['Castor', 'Pollux', 'Helen'], { 'Castor>Pollux': 4, Helen: 2 }, 2)
    expect(r.quota_value).toBeCloseTo(2.0001, 9)
    expect(r.winners_in_order).toEqual(['Castor', 'Helen'])
    expect(r.defeated_in_order).toEqual(['Pollux'])
    const defeat = r.rounds?.find((s) => s.eliminated?.[0] === 'Pollux')
    expect(defeat?.tally['Pollux']).toBeCloseTo(1.9996, 9)
  })

  // 11 ballots, 1 seat: quota 5.5001. Nobody has it. C and D (1 each) together have 2 < 4 (B),
  // so wigm-prf-batch defeats both in one round (B.2); wigm-prf defeats C (tie with D, listed
  // first), then D, one round each. Either way B ends with 6 and is elected.
  const ballots = { A: 5, B: 4, 'C>B': 1, 'D>B': 1 }
  it('batch-defeats sure losers together', () => {
    const r = stvWith('wigm-prf-batch', ['A', 'B', 'C', 'D'], ballots, 1)
    expect(r.winners).toEqual(['B'])
    expect(r.defeated_in_order).toEqual(['C', 'D', 'A'])
    const rounds = r.rounds?.filter((s) => s.eliminated).map((s) => s.round)
    expect(rounds?.slice(0, 2)).toEqual([1, 1])
  })
  it('without batch defeats one at a time', () => {
    const r = stvWith('wigm-prf', ['A', 'B', 'C', 'D'], ballots, 1)
    expect(r.winners).toEqual(['B'])
    expect(r.defeated_in_order).toEqual(['C', 'D', 'A'])
    const rounds = r.rounds?.filter((s) => s.eliminated).map((s) => s.round)
    expect(rounds?.slice(0, 2)).toEqual([1, 2])
  })
})

describe('cfer (CfER choice voting, 5 places)', () => {
  // 6 ballots, 2 seats: threshold = 6/3 + 0.00001 = 2.00001. Castor's surplus 1.99999 moves at
  // trunc(1.99999 / 4) = 0.49999 (4.999975 truncated), so Pollux has 1.99996 and is defeated;
  // Helen and Castor then just fill the seats (i)(1).
  it('truncates to five places', () => {
    const r = stvWith('cfer', ['Castor', 'Pollux', 'Helen'], { 'Castor>Pollux': 4, Helen: 2 }, 2)
    expect(r.quota_value).toBeCloseTo(2.00001, 9)
    expect(r.winners_in_order).toEqual(['Castor', 'Helen'])
    const defeat = r.rounds?.find((s) => s.eliminated?.[0] === 'Pollux')
    expect(defeat?.tally['Pollux']).toBeCloseTo(1.99996, 9)
  })
  // 11 ballots, 1 seat, threshold 5.50001. The defeat set {C, D} (2 votes < B's 4) qualifies
  // under (k)(3)(A) — one seat left — so cfer-batch defeats both in round 1; {C} alone does not
  // (its 1 vote is not below D's 1).
  it('batch-defeats the largest defeat set', () => {
    const r = stvWith('cfer-batch', ['A', 'B', 'C', 'D'], { A: 5, B: 4, 'C>B': 1, 'D>B': 1 }, 1)
    expect(r.winners).toEqual(['B'])
    expect(r.defeated_in_order).toEqual(['C', 'D', 'A'])
    expect(r.rounds?.filter((s) => s.eliminated).map((s) => s.round)).toEqual([1, 1, 2])
  })
})

describe('mpls (Minneapolis STV, 4 places)', () => {
  // 11 ballots, 1 seat: threshold floor(11/2) + 1 = 6. C (1) cannot catch D (2): defeated. C + D
  // (3) could only tie B (3), so D is not a certain loser yet (Droop's corrected reading of
  // §167.20); D goes in round 2 on its own, then B has 1 + 3 + 2 = 6 and is elected.
  it('defeats certain losers, not candidates who could tie', () => {
    const r = stvWith('mpls', ['A', 'B', 'C', 'D'], { A: 5, B: 3, 'C>B': 1, 'D>B': 2 }, 1)
    expect(r.quota_value).toBe(6)
    expect(r.winners).toEqual(['B'])
    expect(r.defeated_in_order).toEqual(['C', 'D', 'A'])
    expect(r.rounds?.filter((s) => s.eliminated).map((s) => s.round)).toEqual([1, 2, 2])
  })
})

describe('meek-prf (PR Foundation reference Meek, 9 places, omega 0.000001)', () => {
  // 6 ballots, 2 seats: quota 6/3 + 0.000000001. Castor (4) is elected. Next iteration: surplus
  // 1.999999999, so Castor's keep factor becomes 2.000000001 / 4 rounded up = 0.500000001:
  // Castor keeps 4 × 0.500000001 = 2.000000004, Pollux gets 4 × 0.499999999 = 1.999999996.
  // The surplus 0.000000003 is below omega; Pollux is lowest and not within it of Helen (2).
  it('rounds keep factors up and stops at omega', () => {
    const r = stvWith('meek-prf', ['Castor', 'Pollux', 'Helen'], { 'Castor>Pollux': 4, Helen: 2 }, 2)
    expect(r.quota_value).toBeCloseTo(2.000000001, 12)
    expect(r.winners_in_order).toEqual(['Castor', 'Helen'])
    const defeat = r.rounds?.find((s) => s.eliminated?.[0] === 'Pollux')
    expect(defeat?.tally['Castor']).toBeCloseTo(2.000000004, 12)
    expect(defeat?.tally['Pollux']).toBeCloseTo(1.999999996, 12)
  })
})

describe('qpq (Quota Preferential by Quotient)', () => {
  // 6 ballots, 2 seats; quota 6 / (1 + 2 − 0) = 2. Stage 1: Castor's quotient 4/(1+0) = 4 > 2,
  // elected; each of those 4 ballots has now elected 1/4. Stage 2: Pollux 4/(1 + 4 × 1/4) = 2 and
  // Helen 2/1 = 2, neither above the quota 2: they tie for smallest and Pollux (listed first)
  // is excluded. Only Helen is left for the last seat, so the count ends before any restart.
  it('excludes on the smallest quotient', () => {
    const r = stvWith('qpq', ['Castor', 'Pollux', 'Helen'], { 'Castor>Pollux': 4, Helen: 2 }, 2)
    expect(r.quota_value).toBeCloseTo(2, 12)
    expect(r.winners_in_order).toEqual(['Castor', 'Helen'])
    expect(r.defeated_in_order).toEqual(['Pollux'])
    expect(r.rounds?.flatMap((s) => s.elected ?? [])).toEqual(['Castor', 'Helen'])
    const exclusion = r.rounds?.find((s) => s.eliminated?.[0] === 'Pollux')
    expect(exclusion?.tally['Pollux']).toBeCloseTo(2, 12)
    expect(exclusion?.tally['Helen']).toBeCloseTo(2, 12)
  })
})

describe('qpq restarts after an exclusion', () => {
  // 10 ballots, 2 seats, quota 10/3 = 3.333…: A (5) is elected, its ballots each elect 1/5 and
  // move to B: B's quotient 5/(1 + 1) = 2.5, C 3, D 2 — none above the quota 10/3, so D (lowest)
  // is excluded and the count restarts without D: A is elected again, then D's ballots now
  // count for C (C 5 > quota), so C wins the second seat, not B.
  it('undoes provisional elections and counts again', () => {
    const r = stvWith('qpq', ['A', 'B', 'C', 'D'], { 'A>B': 5, C: 3, 'D>C': 2 }, 2)
    expect(r.rounds?.flatMap((s) => s.elected ?? [])).toEqual(['A', 'A', 'C'])
    expect(r.winners_in_order).toEqual(['A', 'C'])
    expect(r.defeated_in_order).toEqual(['D', 'B'])
  })
})
