import type { RoundRecord, TallyResult } from '../../shared/tally-result.ts'
import type { Election } from './election.ts'
import { OVERVOTE_LABEL } from './format/read-vote-vector.ts'

/**
 * The inactive ballots of every IRV/STV round, by kind, for the counts that do not report them
 * themselves (RCTab's do, in its own categories). A round's figures are taken at its tally,
 * after the transfers of earlier rounds:
 * - undervotes: papers that name no candidate (and so never count for one);
 * - overvotes: papers whose only mark is an overvote with the names not recorded ("#overvote");
 * - exhaustedChoices: papers that name candidates, every one of them already eliminated (a
 *   paper that never passed through an elected candidate goes whole, so these are whole papers);
 * - nonTransferable: the rest of the votes no longer with any candidate: surplus fractions whose
 *   papers found no further continuing choice, and what rounding lost (STV only).
 * Every kind is reported in every round, zero included, so an observer sees it was counted.
 */

const EPSILON = 1e-9

type Paper = { names: string[]; count: number; overvote: boolean }

function papersOf(election: Election): Paper[] {
  const known = new Set(election.candidates)
  return election.rankings.map((b) => ({
    names: [...new Set(b.ranking.flat().filter((n) => known.has(n)))],
    count: b.count,
    overvote: b.ranking.some((rank) => rank.includes(OVERVOTE_LABEL)),
  }))
}

function namesIn(record: RoundRecord, kind: 'elected' | 'eliminated'): string[] {
  const fromEvents = (record.events ?? []).flatMap((e) =>
    kind in e ? [(e as Record<typeof kind, string>)[kind]] : [],
  )
  return [...(record[kind] ?? []), ...fromEvents]
}

const rounded = (value: number) => (Math.abs(value) < 1e-6 ? 0 : Math.round(value * 1e6) / 1e6)

/** Adds `inactive` (by kind) to every round that has none; rounds that report theirs are kept. */
export function withInactiveRounds(election: Election, result: TallyResult): TallyResult {
  const rounds = result.rounds
  if (!rounds || rounds.length === 0 || rounds.every((r) => r.inactive)) return result
  const papers = papersOf(election)
  const total = papers.reduce((s, p) => s + p.count, 0)
  const undervotes = papers
    .filter((p) => p.names.length === 0 && !p.overvote)
    .reduce((s, p) => s + p.count, 0)
  const overvotes = papers.filter((p) => p.names.length === 0 && p.overvote).reduce((s, p) => s + p.count, 0)
  const eliminated = new Set<string>()
  /** Elected candidates and the votes they keep once they leave the tally (the quota they reached). */
  const kept = new Map<string, number>()
  const out = rounds.map((record) => {
    // A count that records a decision in the round after it has already left the tally.
    for (const name of namesIn(record, 'eliminated')) if (!(name in record.tally)) eliminated.add(name)
    for (const name of namesIn(record, 'elected'))
      if (!(name in record.tally)) kept.set(name, kept.get(name) ?? record.threshold ?? 0)
    const exhausted = papers
      .filter((p) => p.names.length > 0 && p.names.every((n) => eliminated.has(n)))
      .reduce((s, p) => s + p.count, 0)
    let held = Object.values(record.tally).reduce((a, b) => a + b, 0)
    for (const [name, votes] of kept) if (!(name in record.tally)) held += votes
    const rest = total - undervotes - overvotes - exhausted - held
    const next: RoundRecord = { ...record }
    if (!record.inactive) {
      next.inactive = { exhaustedChoices: exhausted, overvotes, undervotes }
      if (result.method === 'stv' || rest > EPSILON)
        next.inactive['nonTransferable'] = rounded(Math.max(0, rest))
    }
    for (const name of namesIn(record, 'eliminated')) eliminated.add(name)
    for (const name of namesIn(record, 'elected')) if (!kept.has(name)) kept.set(name, record.threshold ?? 0)
    return next
  })
  return { ...result, rounds: out }
}
