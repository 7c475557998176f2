import type Database from 'better-sqlite3'
import type { PriorityView } from '../../shared/contacts.ts'
import { AppError } from '../../shared/errors.ts'
import { msg } from '../../shared/messages.ts'
import type { MemberStatus } from '../../shared/people.ts'
import type { Project } from '../project/project.ts'
import { categoryValues, drawnAnswers, readPriorityMarks, replacePriorityMarks } from './contacts-repo.ts'

/** Statuses of a panel member who dropped out: declined, withdrew, or was replaced after either. */
const droppedOut: readonly MemberStatus[] = ['declined', 'withdrawn', 'replaced']

const key = (category: string, value: string) => `${category}\u0000${value}`

/**
 * Which category values are called first. A value is flagged when the organiser marks it (research
 * finds that young people and people with less formal education drop out most), or when this panel's
 * own figures show it: at least two of its members dropped out, and its share of drop-outs among
 * those drawn with it is at least twice the panel's as a whole.
 */
export function priorityView(sqlite: Database.Database): PriorityView {
  const marks = new Set(readPriorityMarks(sqlite).map((m) => key(m.category, m.value)))
  const drawn = new Map<string, number>()
  const dropped = new Map<string, number>()
  const people = new Map<number, boolean>()
  for (const row of drawnAnswers(sqlite)) {
    if (row.role !== 'selected') continue
    const out = droppedOut.includes(row.status)
    people.set(row.respondentId, out)
    const k = key(row.category, row.value)
    drawn.set(k, (drawn.get(k) ?? 0) + 1)
    if (out) dropped.set(k, (dropped.get(k) ?? 0) + 1)
  }
  const total = people.size
  const totalOut = [...people.values()].filter(Boolean).length
  return {
    drawn: total,
    droppedOut: totalOut,
    values: categoryValues(sqlite).map(({ category, value }) => {
      const k = key(category, value)
      const n = drawn.get(k) ?? 0
      const out = dropped.get(k) ?? 0
      const marked = marks.has(k)
      // out / n ≥ 2 × totalOut / total, in integers.
      const above = out >= 2 && out * total >= 2 * totalOut * n
      return { category, value, drawn: n, droppedOut: out, marked, flagged: marked || above }
    }),
  }
}

/** Marks the category values whose members are called first (replacing the earlier marks). */
export async function setPriorityValues(
  project: Project,
  values: readonly { category: string; value: string }[],
): Promise<PriorityView> {
  const { sqlite } = project
  return project.write(() => {
    const known = new Set(categoryValues(sqlite).map((v) => key(v.category, v.value)))
    for (const v of values) {
      if (!known.has(key(v.category, v.value)))
        throw new AppError('invalid-input', msg('contacts.unknownValue', v))
    }
    replacePriorityMarks(sqlite, values)
    return priorityView(sqlite)
  })
}

/** Each drawn person's flagged values, by respondent id. */
export function flaggedValuesOf(
  sqlite: Database.Database,
  view: PriorityView,
): Map<number, { category: string; value: string }[]> {
  const flagged = new Set(view.values.filter((v) => v.flagged).map((v) => key(v.category, v.value)))
  const out = new Map<number, { category: string; value: string }[]>()
  for (const row of drawnAnswers(sqlite)) {
    if (!flagged.has(key(row.category, row.value))) continue
    const list = out.get(row.respondentId) ?? []
    list.push({ category: row.category, value: row.value })
    out.set(row.respondentId, list)
  }
  return out
}
