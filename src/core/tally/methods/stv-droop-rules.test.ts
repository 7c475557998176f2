import { describe, expect, it } from 'vitest'
import { withOptions } from '../election.ts'
import { rankedElection } from '../test-helpers.ts'
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
