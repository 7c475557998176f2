import type Database from 'better-sqlite3'
import type { ConfirmationDashboard, ConfirmationRow } from '../../shared/contacts.ts'
import { seatHolding, type MemberStatus } from '../../shared/people.ts'
import { hasCommittedDraw, hasCompletedDraw } from '../draw/draw-repo.ts'
import { readMembers } from '../people/people-repo.ts'
import { quotaTable } from '../quotas/quota-repo.ts'
import { drawnAnswers } from './contacts-repo.ts'

type Standing = 'confirmed' | 'pending' | 'withdrawn' | null

/** Where a panel member stands for the dashboard (replaced people are counted by whoever replaced them). */
function standing(status: MemberStatus): Standing {
  if (status === 'confirmed' || status === 'attended') return 'confirmed'
  if (status === 'selected' || status === 'contacted') return 'pending'
  if (status === 'declined' || status === 'withdrawn') return 'withdrawn'
  return null
}

/**
 * The confirmation dashboard: per category value, the panel members who confirmed, those with no
 * answer yet and those who declined or withdrew (seat not yet refilled), against the quota's minimum
 * and maximum; and the seats nobody holds, which is what the next replacement draw fills (the same
 * count as the draw screen's: the panel size minus the members holding a seat).
 */
export function confirmationDashboard(sqlite: Database.Database): ConfirmationDashboard {
  const members = readMembers(sqlite).filter((m) => m.role === 'selected')
  const quotas = quotaTable(sqlite)
  const panelSize = quotas.panelSize ?? members.length
  const rows = new Map<string, ConfirmationRow>()
  const key = (category: string, value: string) => `${category}\u0000${value}`
  for (const category of quotas.categories) {
    for (const v of category.values) {
      rows.set(key(v.category, v.value), {
        category: v.category,
        value: v.value,
        min: v.min,
        max: v.max,
        confirmed: 0,
        pending: 0,
        withdrawn: 0,
        short: 0,
        over: 0,
      })
    }
  }
  for (const answer of drawnAnswers(sqlite)) {
    if (answer.role !== 'selected') continue
    const where = standing(answer.status)
    const row = rows.get(key(answer.category, answer.value))
    if (where && row) row[where] += 1
  }
  for (const row of rows.values()) {
    const held = row.confirmed + row.pending
    row.short = Math.max(0, row.min - held)
    row.over = Math.max(0, held - row.max)
  }
  const count = (s: Standing) => members.filter((m) => standing(m.status) === s).length
  const held = members.filter((m) => seatHolding.includes(m.status)).length
  return {
    panelSize,
    confirmed: count('confirmed'),
    pending: count('pending'),
    withdrawn: count('withdrawn'),
    openSeats: Math.max(0, panelSize - held),
    canReplace: hasCompletedDraw(sqlite) && !hasCommittedDraw(sqlite),
    rows: [...rows.values()],
  }
}
