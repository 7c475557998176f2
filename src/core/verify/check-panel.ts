import type Database from 'better-sqlite3'
import { msg } from '../../shared/messages.ts'
import type { RecordMismatch } from '../../shared/verify.ts'
import { panelMembers } from '../draw/draw-repo.ts'
import { text, type LoggedAct } from './log-entries.ts'

type Seat = { draw: number; role: 'selected' | 'reserve'; rank: number | null; status: string }

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(text) : [])

/**
 * The panel and reserve list as the audit log describes them: each completed draw seats its
 * selected and replaces the reserve list (as the draw records it), each status change moves one
 * member. Rebuilt from the log alone, then compared with the panel as the file holds it.
 */
export function panelFromLog(acts: LoggedAct[]): Map<string, Seat> {
  const seats = new Map<string, Seat>()
  for (const { kind, payload } of acts) {
    if (kind === 'draw.completed') {
      const draw = Number(payload['draw'])
      for (const id of ids(payload['selected']))
        seats.set(id, { draw, role: 'selected', rank: null, status: 'selected' })
      for (const [id, seat] of seats) if (seat.role === 'reserve') seats.delete(id)
      ids(payload['reserves']).forEach((id, index) =>
        seats.set(id, { draw, role: 'reserve', rank: index + 1, status: 'reserve' }),
      )
    } else if (kind === 'panel.status') {
      const seat = seats.get(text(payload['person']))
      if (seat) seat.status = text(payload['status'])
    }
  }
  return seats
}

const describe = (seat: Seat) =>
  `${seat.role}${seat.rank === null ? '' : ` ${seat.rank}`} (draw ${seat.draw}), ${seat.status}`

export function checkPanel(sqlite: Database.Database, acts: LoggedAct[]): RecordMismatch[] {
  const expected = panelFromLog(acts)
  const mismatches: RecordMismatch[] = []
  for (const member of panelMembers(sqlite)) {
    const person = member.externalId
    const found: Seat = {
      draw: member.drawId,
      role: member.role,
      rank: member.reserveRank,
      status: member.status,
    }
    const seat = expected.get(person)
    expected.delete(person)
    if (!seat) {
      mismatches.push({
        record: `panel: ${person}`,
        expected: 'not drawn',
        found: describe(found),
        why: msg('verify.panelNotDrawn', { person }),
      })
    } else if (seat.role !== found.role || seat.rank !== found.rank || seat.draw !== found.draw) {
      mismatches.push({
        record: `panel: ${person}`,
        expected: describe(seat),
        found: describe(found),
        why: msg('verify.panelPlace', { person }),
      })
    } else if (seat.status !== found.status) {
      mismatches.push({
        record: `panel: ${person}`,
        expected: seat.status,
        found: found.status,
        why: msg('verify.panelStatus', { person, expected: seat.status, found: found.status }),
      })
    }
  }
  for (const [person, seat] of expected)
    mismatches.push({
      record: `panel: ${person}`,
      expected: describe(seat),
      found: 'not listed',
      why: msg('verify.panelMissing', { person }),
    })
  return mismatches
}
