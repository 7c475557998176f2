import { msg, type Message } from '../../shared/messages.ts'
import { pauseKinds, type AgendaCheck, type BlockKind } from '../../shared/sessions.ts'
import { clockTime, type Overrun } from './timing.ts'

/** What the checks need of a session. */
export type CheckedSession = { id: number; title: string; date: string; end: number }

/** What the checks need of a block, its times already computed. */
export type CheckedBlock = {
  id: number
  sessionId: number
  kind: BlockKind
  title: string
  start: number
  end: number
  lead: string
  speakerNames: readonly string[]
  facilitators: readonly string[]
  room: string
  ballotId: number | null
}

/** Longest stretch of work without a pause that good practice allows (minutes). */
const MAX_STRETCH = 90
/** A gap between blocks at least this long is a pause too. */
const PAUSE_GAP = 10

/** A block named in a sentence: its title, or its kind when it has none. */
export function blockName(block: { kind: BlockKind; title: string }): Message | string {
  return block.title || msg(`sessions.kind.${block.kind}`)
}

function span(block: CheckedBlock): string {
  return `${clockTime(block.start)}–${clockTime(block.end)}`
}

const nameKey = (name: string) => name.trim().toLocaleLowerCase().replace(/\s+/g, ' ')

/** The people a block needs, by a key that ignores case and spacing, with a name to show. */
function people(block: CheckedBlock): Map<string, string> {
  const found = new Map<string, string>()
  for (const name of [block.lead, ...block.speakerNames, ...block.facilitators])
    if (name.trim()) found.set(nameKey(name), name.trim())
  return found
}

function overlaps(a: CheckedBlock, b: CheckedBlock): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * The agenda's checks in plain words, never blocking: someone in two places at once, a room used
 * twice, more than 90 minutes without a break, a session running past its end, a fixed-time block
 * the blocks before it run into, a voting block that names no ballot.
 */
export function checkAgenda(
  sessions: readonly CheckedSession[],
  blocks: readonly CheckedBlock[],
  overruns: readonly Overrun[],
): AgendaCheck[] {
  const sessionById = new Map(sessions.map((s) => [s.id, s]))
  const blockById = new Map(blocks.map((b) => [b.id, b]))
  const checks: AgendaCheck[] = []
  const where = (block: CheckedBlock) =>
    msg('sessions.check.where', {
      block: blockName(block),
      session: sessionById.get(block.sessionId)?.title ?? '',
      time: span(block),
    })

  const byDate = new Map<string, CheckedBlock[]>()
  for (const block of blocks) {
    const date = sessionById.get(block.sessionId)?.date
    if (date === undefined) continue
    byDate.set(date, [...(byDate.get(date) ?? []), block])
  }
  for (const dayBlocks of byDate.values()) {
    for (let i = 0; i < dayBlocks.length; i++) {
      const a = dayBlocks[i]
      if (!a) continue
      const aPeople = people(a)
      for (let j = i + 1; j < dayBlocks.length; j++) {
        const b = dayBlocks[j]
        // Within one session, an overlap is a fixed-time block that does not fit: said once, below.
        if (!b || b.sessionId === a.sessionId || !overlaps(a, b)) continue
        const pair = { sessionIds: [a.sessionId, b.sessionId], blockIds: [a.id, b.id] }
        const bPeople = people(b)
        for (const [key, person] of aPeople)
          if (bPeople.has(key))
            checks.push({
              kind: 'double-booked',
              message: msg('sessions.check.doubleBooked', { person, first: where(a), second: where(b) }),
              ...pair,
            })
        if (a.room.trim() && nameKey(a.room) === nameKey(b.room))
          checks.push({
            kind: 'room-twice',
            message: msg('sessions.check.roomTwice', {
              room: a.room.trim(),
              first: where(a),
              second: where(b),
            }),
            ...pair,
          })
      }
    }
  }

  for (const session of sessions) {
    const own = blocks.filter((b) => b.sessionId === session.id)
    checks.push(...stretchesWithoutBreak(session, own))
    const last = own.reduce((end, b) => Math.max(end, b.end), 0)
    if (own.length > 0 && last > session.end)
      checks.push({
        kind: 'past-end',
        message: msg('sessions.check.pastEnd', {
          session: session.title,
          until: clockTime(last),
          end: clockTime(session.end),
          count: last - session.end,
        }),
        sessionIds: [session.id],
        blockIds: own.filter((b) => b.end > session.end).map((b) => b.id),
      })
  }

  for (const overrun of overruns) {
    const fixed = blockById.get(overrun.fixedId)
    const previous = blockById.get(overrun.previousId)
    if (!fixed || !previous) continue
    checks.push({
      kind: 'does-not-fit',
      message: msg('sessions.check.doesNotFit', {
        block: blockName(fixed),
        fixed: clockTime(fixed.start),
        previous: blockName(previous),
        previousEnd: clockTime(overrun.previousEnd),
        count: overrun.previousEnd - fixed.start,
      }),
      sessionIds: [fixed.sessionId],
      blockIds: [previous.id, fixed.id],
    })
  }

  for (const block of blocks)
    if (block.kind === 'voting' && block.ballotId === null)
      checks.push({
        kind: 'voting-no-ballot',
        message: msg('sessions.check.votingNoBallot', { block: where(block) }),
        sessionIds: [block.sessionId],
        blockIds: [block.id],
      })
  return checks
}

/** Stretches of work longer than 90 minutes with no break, meal or gap of 10 minutes in them. */
function stretchesWithoutBreak(session: CheckedSession, blocks: readonly CheckedBlock[]): AgendaCheck[] {
  const found: AgendaCheck[] = []
  let stretch: CheckedBlock[] = []
  const close = () => {
    const first = stretch[0]
    const last = stretch.at(-1)
    if (first && last && last.end - first.start > MAX_STRETCH)
      found.push({
        kind: 'no-break',
        message: msg('sessions.check.noBreak', {
          session: session.title,
          count: last.end - first.start,
          from: clockTime(first.start),
          to: clockTime(last.end),
        }),
        sessionIds: [session.id],
        blockIds: stretch.map((b) => b.id),
      })
    stretch = []
  }
  for (const block of [...blocks].sort((a, b) => a.start - b.start)) {
    const last = stretch.at(-1)
    if (last && block.start - last.end >= PAUSE_GAP) close()
    if (pauseKinds.includes(block.kind)) close()
    else stretch.push(block)
  }
  close()
  return found
}
