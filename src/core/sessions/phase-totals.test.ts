import { describe, expect, it } from 'vitest'
import { phaseTotals } from './phase-totals.ts'

describe('phase totals', () => {
  it('counts each block for its session’s phase, or the phase its kind belongs to when the session spans two', () => {
    const totals = phaseTotals(
      [
        { id: 1, date: '2026-03-07', phases: ['learning'] },
        { id: 2, date: '2026-03-21', phases: ['learning', 'deliberation'] },
        { id: 3, date: '2026-03-21', phases: ['decision'] },
      ],
      [
        { sessionId: 1, kind: 'table-discussion', duration: 60 },
        { sessionId: 2, kind: 'evidence', duration: 45 },
        { sessionId: 2, kind: 'table-discussion', duration: 30 },
        { sessionId: 2, kind: 'break', duration: 15 },
        { sessionId: 3, kind: 'voting', duration: 20 },
      ],
      { minHours: 30, minDays: 4 },
    )
    expect(totals.minutes).toEqual({ learning: 120, deliberation: 30, decision: 20 })
    expect(totals.totalMinutes).toBe(170)
    expect(totals.days).toBe(2)
    expect(totals.goal).toEqual({ minHours: 30, minDays: 4 })
  })
})
