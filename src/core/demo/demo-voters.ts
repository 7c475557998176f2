import type { PaperMarks, TableCount } from '../../shared/votes.ts'
import type { SeededRandom } from '../random/seeded-random.ts'

/**
 * How the demo's members vote: each member's answer drawn from weights with the demo's seeded
 * generator (so the same seed gives the same votes), then gathered into table subtotals or
 * written on numbered papers, as a hall would produce them.
 */

/**
 * What one member put in: an option (or grade index), or one of the words "abstain", "blank"
 * and "spoiled" (no option of the demo is called that).
 */
export type Answer = string | number

export function pickWeighted<T>(random: SeededRandom, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0)
  let r = random.next() * total
  for (const [value, weight] of weighted) {
    r -= weight
    if (r < 0) return value
  }
  const last = weighted[weighted.length - 1]
  if (!last) throw new RangeError('pickWeighted() from an empty list')
  return last[0]
}

/** `voters` answers, each drawn from the weights. */
export function answers<T extends Answer>(
  random: SeededRandom,
  voters: number,
  weighted: readonly (readonly [T, number])[],
): T[] {
  return Array.from({ length: voters }, () => pickWeighted(random, weighted))
}

/**
 * Members sit at `tables` tables (member i at table i mod tables); each table reports its
 * subtotals. `width` 1: one number per option; otherwise one per grade (answers are grade indexes
 * of the single proposal `options[0]`).
 */
export function tableCounts(
  options: readonly string[],
  tables: number,
  memberAnswers: readonly Answer[],
  grades = 0,
): TableCount[] {
  const out: TableCount[] = Array.from({ length: tables }, (_, t) => ({
    label: `Table ${t + 1}`,
    votes: Object.fromEntries(options.map((o) => [o, new Array<number>(Math.max(1, grades)).fill(0)])),
    abstain: 0,
    blank: 0,
    spoiled: 0,
    ballots: null,
  }))
  memberAnswers.forEach((answer, i) => {
    const table = out[i % tables]
    if (!table) return
    if (answer === 'abstain' || answer === 'blank' || answer === 'spoiled') table[answer] += 1
    else if (typeof answer === 'number') {
      const votes = table.votes[options[0] ?? '']
      if (votes) votes[answer] = (votes[answer] ?? 0) + 1
    } else {
      const votes = table.votes[answer]
      if (votes) votes[0] = (votes[0] ?? 0) + 1
    }
  })
  return out
}

/** Dot voting: each member puts up to `max` dots on the options they like most. */
export function dotTables(
  random: SeededRandom,
  options: readonly string[],
  appeal: Record<string, number>,
  voters: number,
  max: number,
  tables: number,
): TableCount[] {
  const out = tableCounts(options, tables, [])
  for (const table of out) table.ballots = 0
  for (let i = 0; i < voters; i++) {
    const table = out[i % tables]
    if (!table) continue
    const chosen = preferenceOrder(random, options, appeal).slice(0, 1 + random.int(max))
    table.ballots = (table.ballots ?? 0) + 1
    for (const option of chosen) {
      const votes = table.votes[option]
      if (votes) votes[0] = (votes[0] ?? 0) + 1
    }
  }
  return out
}

/** One member's order of preference: each option's appeal plus personal taste (Gumbel noise). */
export function preferenceOrder(
  random: SeededRandom,
  options: readonly string[],
  appeal: Record<string, number>,
): string[] {
  return options
    .map((option) => ({ option, u: (appeal[option] ?? 0) - Math.log(-Math.log(random.next() || 1e-12)) }))
    .sort((a, b) => b.u - a.u)
    .map((x) => x.option)
}

/** Ranked papers: most members rank a few options, a handful hand in a blank or spoiled paper. */
export function rankedPapers(
  random: SeededRandom,
  options: readonly string[],
  appeal: Record<string, number>,
  voters: number,
  spoiled: readonly number[] = [],
  blank: readonly number[] = [],
): {
  number: number
  marks: PaperMarks | null
  invalid: { kind: 'blank' | 'spoiled'; reason: string } | null
}[] {
  return Array.from({ length: voters }, (_, i) => {
    const number = i + 1
    const order = preferenceOrder(random, options, appeal)
    if (spoiled.includes(number))
      return { number, marks: null, invalid: { kind: 'spoiled' as const, reason: 'Two first preferences.' } }
    if (blank.includes(number))
      return { number, marks: null, invalid: { kind: 'blank' as const, reason: '' } }
    const depth = Math.min(options.length, 2 + random.int(options.length - 1))
    return { number, marks: { ranking: order.slice(0, depth).map((o) => [o]) }, invalid: null }
  })
}
