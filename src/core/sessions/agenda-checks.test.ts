import { describe, expect, it } from 'vitest'
import { english } from '../../shared/messages.ts'
import { checkAgenda, type CheckedBlock, type CheckedSession } from './agenda-checks.ts'

const day1: CheckedSession = { id: 1, title: 'Day 1', date: '2026-03-07', end: 17 * 60 }
const parallel: CheckedSession = { id: 2, title: 'Workshop', date: '2026-03-07', end: 17 * 60 }
const day2: CheckedSession = { id: 3, title: 'Day 2', date: '2026-03-08', end: 17 * 60 }

let nextId = 1
function block(
  sessionId: number,
  start: number,
  minutes: number,
  more: Partial<CheckedBlock> = {},
): CheckedBlock {
  return {
    id: nextId++,
    sessionId,
    kind: 'evidence',
    title: `Block ${nextId - 1}`,
    start,
    end: start + minutes,
    lead: '',
    speakerNames: [],
    facilitators: [],
    room: '',
    ballotId: null,
    ...more,
  }
}

const words = (checks: ReturnType<typeof checkAgenda>) => checks.map((c) => english(c.message))

describe('the agenda’s checks', () => {
  it('finds a speaker in two places at once, ignoring case and spacing, on the same day only', () => {
    const a = block(1, 600, 60, { speakerNames: ['Dr Amara Osei'] })
    const b = block(2, 630, 60, { facilitators: ['dr  amara osei'], title: 'Housing' })
    const c = block(3, 600, 60, { speakerNames: ['Dr Amara Osei'] })
    const checks = checkAgenda([day1, parallel, day2], [a, b, c], [])
    expect(checks.map((x) => x.kind)).toEqual(['double-booked'])
    expect(checks[0]?.blockIds).toEqual([a.id, b.id])
    expect(words(checks)[0]).toBe(
      `Dr Amara Osei is in two places at once: “Block ${a.id}” (Day 1, 10:00–11:00) and “Housing” (Workshop, 10:30–11:30).`,
    )
  })

  it('does not call back-to-back blocks a clash', () => {
    const a = block(1, 600, 60, { lead: 'Sam', room: 'Hall' })
    const b = block(2, 660, 60, { lead: 'Sam', room: 'Hall' })
    expect(checkAgenda([day1, parallel], [a, b], [])).toEqual([])
  })

  it('finds a room used twice at the same time', () => {
    const a = block(1, 600, 60, { room: 'Main hall' })
    const b = block(2, 620, 30, { room: 'main hall' })
    const checks = checkAgenda([day1, parallel], [a, b], [])
    expect(checks.map((x) => x.kind)).toEqual(['room-twice'])
    expect(words(checks)[0]).toContain('Main hall is used twice at the same time')
  })

  it('finds more than 90 minutes without a break, and a break or a gap ends the stretch', () => {
    const long = [block(1, 600, 60), block(1, 660, 45)]
    expect(words(checkAgenda([day1], long, []))).toEqual([
      'Day 1: 105 minutes without a break, from 10:00 to 11:45. Plan a break at least every 90 minutes.',
    ])
    const withBreak = [block(1, 600, 60), block(1, 660, 15, { kind: 'break' }), block(1, 675, 60)]
    expect(checkAgenda([day1], withBreak, [])).toEqual([])
    const withGap = [block(1, 600, 60), block(1, 670, 60)]
    expect(checkAgenda([day1], withGap, [])).toEqual([])
    const exactly90 = [block(1, 600, 45), block(1, 645, 45)]
    expect(checkAgenda([day1], exactly90, [])).toEqual([])
  })

  it('finds a session running past its end', () => {
    const late = block(1, 16 * 60 + 30, 45, { kind: 'close' })
    const checks = checkAgenda([day1], [late], [])
    expect(words(checks)).toEqual(['Day 1 runs until 17:15, 15 minutes past its planned end at 17:00.'])
    expect(checks[0]?.blockIds).toEqual([late.id])
  })

  it('says which fixed-time block no longer fits and what runs into it', () => {
    const before = block(1, 720, 30, { title: 'Q&A' })
    const lunch = block(1, 735, 60, { kind: 'meal', title: '' })
    const checks = checkAgenda(
      [day1],
      [before, lunch],
      [{ fixedId: lunch.id, previousId: before.id, previousEnd: 750 }],
    )
    expect(words(checks)).toEqual([
      '“Meal” is fixed at 12:15, but “Q&A” before it ends at 12:30: 15 minutes no longer fit. Shorten or move a block before it.',
    ])
  })

  it('finds a voting block that names no ballot, and not one that does', () => {
    const unlinked = block(1, 600, 30, { kind: 'voting', title: 'Vote' })
    const linked = block(1, 640, 30, { kind: 'voting', title: 'Vote 2', ballotId: 4 })
    const checks = checkAgenda([day1], [unlinked, linked], [])
    expect(checks.map((c) => [c.kind, c.blockIds])).toEqual([['voting-no-ballot', [unlinked.id]]])
  })
})
