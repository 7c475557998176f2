import { describe, expect, it } from 'vitest'
import { arrivalState, LATE_AFTER_MINUTES, refuseMark, type MarkRequest } from './attendance-rules.ts'

const base: MarkRequest = {
  role: 'selected',
  status: 'confirmed',
  state: 'present',
  arrived: null,
  left: null,
}

describe('attendance rules', () => {
  it('records present, late with a time, left early with a time, absent', () => {
    expect(refuseMark(base)).toBeNull()
    expect(refuseMark({ ...base, status: 'attended', state: 'late', arrived: 600 })).toBeNull()
    expect(refuseMark({ ...base, state: 'left-early', arrived: 570, left: 900 })).toBeNull()
    expect(refuseMark({ ...base, state: 'absent' })).toBeNull()
  })

  it('refuses a late arrival or an early departure without its time', () => {
    expect(refuseMark({ ...base, state: 'late' })?.key).toBe('people.lateNeedsTime')
    expect(refuseMark({ ...base, state: 'left-early' })?.key).toBe('people.leftNeedsTime')
  })

  it('refuses times on an absence and a departure before the arrival', () => {
    expect(refuseMark({ ...base, state: 'absent', arrived: 600 })?.key).toBe('people.absentNoTimes')
    expect(refuseMark({ ...base, state: 'left-early', arrived: 600, left: 600 })?.key).toBe(
      'people.leftBeforeArrived',
    )
  })

  it('marks only members who confirmed, never someone on the reserve list', () => {
    for (const status of ['selected', 'contacted', 'declined', 'withdrawn', 'replaced'] as const) {
      expect(refuseMark({ ...base, status })?.key).toBe('people.notConfirmedYet')
    }
    expect(refuseMark({ ...base, role: 'reserve', status: 'reserve' })?.key).toBe(
      'people.reserveNoAttendance',
    )
  })

  it('is on time up to a quarter of an hour after the start, late after', () => {
    expect(LATE_AFTER_MINUTES).toBe(15)
    expect(arrivalState(540, 570)).toBe('present')
    expect(arrivalState(585, 570)).toBe('present')
    expect(arrivalState(586, 570)).toBe('late')
  })
})
