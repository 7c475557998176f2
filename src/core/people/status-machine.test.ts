import { describe, expect, it } from 'vitest'
import { english } from '../../shared/messages.ts'
import { chosenStatuses, memberStatuses } from '../../shared/people.ts'
import { nextStatuses, refuseChange } from './status-machine.ts'

/** The transitions the issue asks for, written out once more by hand: anything not here is refused. */
const allowed = new Set([
  'selected:selected>contacted',
  'selected:selected>confirmed',
  'selected:selected>declined',
  'selected:contacted>confirmed',
  'selected:contacted>declined',
  'selected:confirmed>attended',
  'selected:confirmed>withdrawn',
  'selected:attended>withdrawn',
  'selected:declined>confirmed',
  'selected:declined>replaced',
  'selected:withdrawn>replaced',
  'reserve:reserve>contacted',
])

const roles = ['selected', 'reserve'] as const
const cases = roles.flatMap((role) =>
  memberStatuses.flatMap((from) =>
    chosenStatuses.map((to) => ({ role, from, to, key: `${role}:${from}>${to}` })),
  ),
)

describe('the member status machine', () => {
  it.each(cases.filter((c) => allowed.has(c.key)))('allows $key', ({ role, from, to }) => {
    expect(refuseChange(role, from, to, 'a reason')).toBeNull()
    expect(nextStatuses(role, from)).toContain(to)
  })

  it.each(cases.filter((c) => !allowed.has(c.key)))('refuses $key', ({ role, from, to }) => {
    const refused = refuseChange(role, from, to, 'a reason')
    expect(refused).not.toBeNull()
    expect(nextStatuses(role, from)).not.toContain(to)
  })

  it('names both statuses in a refusal, and the reserve rule for reserves', () => {
    const refused = refuseChange('selected', 'replaced', 'confirmed', '')
    expect(refused && english(refused)).toBe('A member who is “replaced” cannot become “confirmed”.')
    const reserve = refuseChange('reserve', 'reserve', 'confirmed', '')
    expect(reserve?.key).toBe('people.reserveOnlyContacted')
  })

  it('asks for a reason before a withdrawal, from confirmed and from attended', () => {
    expect(refuseChange('selected', 'confirmed', 'withdrawn', '')?.key).toBe('people.withdrawalReason')
    expect(refuseChange('selected', 'attended', 'withdrawn', '   ')?.key).toBe('people.withdrawalReason')
    expect(refuseChange('selected', 'confirmed', 'withdrawn', 'Moved abroad')).toBeNull()
  })

  it('covers every allowed transition in the table above', () => {
    expect(cases.filter((c) => allowed.has(c.key))).toHaveLength(allowed.size)
  })
})
