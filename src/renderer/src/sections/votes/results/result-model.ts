import { isMethodName, methodFacts, type ResultFamily } from '../../../../../shared/counting-methods.ts'
import type { BallotSpec, BallotView, CountView } from '../../../../../shared/votes.ts'
import type { RoundRecord, TallyResult } from '../../../../../shared/tally-result.ts'

/** Which detail a result needs, from the method that counted it (the result names it). */
export function familyOf(result: TallyResult, spec: BallotSpec): ResultFamily {
  return methodFacts(isMethodName(result.method) ? result.method : spec.method).family
}

/** The percentage base named in the options: valid (default), all, present, or a list of options. */
export type Base = { kind: 'valid' | 'all' | 'present' } | { kind: 'options'; names: string[] }

export function baseOf(spec: BallotSpec): Base {
  const raw = (spec.options.percentage_base ?? 'valid').trim()
  if (raw === 'all' || raw === 'present' || raw === 'valid') return { kind: raw }
  if (raw.startsWith('options:'))
    return {
      kind: 'options',
      names: raw
        .slice('options:'.length)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    }
  return { kind: 'valid' }
}

/** Winners of a ranked or scored count: one seat, several seats, or a tie that was not broken. */
export function winnersOf(result: TallyResult): string[] {
  return result.winners_in_order ?? result.winners
}

/** The options in result order (the ranking flattened), then any left unranked, in ballot order. */
export function orderedCandidates(result: TallyResult, candidates: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const group of result.ranking ?? []) for (const name of group) if (!seen.has(name)) out.push(name)
  out.forEach((n) => seen.add(n))
  for (const name of candidates) if (!seen.has(name)) out.push(name)
  return out
}

/** One column of a round-by-round table: a count step and what was decided at it. */
export type Stage = {
  index: number
  round: number
  tally: Record<string, number>
  threshold: number | undefined
  elected: string[]
  eliminated: string[]
  /** Votes that left the count, by reason (RCTab's categories), or the non-transferable remainder. */
  inactive: Record<string, number>
  transfers: { from: string; kind: 'elected' | 'eliminated'; to: Record<string, number> }[]
  note: string | undefined
}

function electedIn(record: RoundRecord): string[] {
  const fromEvents = (record.events ?? []).flatMap((e) => ('elected' in e ? [e.elected] : []))
  return [...new Set([...(record.elected ?? []), ...fromEvents])]
}

function eliminatedIn(record: RoundRecord): string[] {
  const fromEvents = (record.events ?? []).flatMap((e) => ('eliminated' in e ? [e.eliminated] : []))
  return [...new Set([...(record.eliminated ?? []), ...fromEvents])]
}

/**
 * The rounds of an IRV/STV count as stages. When a count does not report its inactive ballots,
 * the votes no longer with any candidate (total ballots minus the round's tally) are shown as
 * "non-transferable", which is what they are.
 */
export function stagesOf(result: TallyResult): Stage[] {
  const stages: Stage[] = (result.rounds ?? []).map((record, index) => {
    const transfers: Stage['transfers'] = []
    for (const event of record.events ?? []) {
      if (!event.transfers) continue
      if ('elected' in event) transfers.push({ from: event.elected, kind: 'elected', to: event.transfers })
      else transfers.push({ from: event.eliminated, kind: 'eliminated', to: event.transfers })
    }
    return {
      index,
      round: record.round,
      tally: record.tally,
      threshold: record.threshold ?? result.quotas_by_round?.[index] ?? result.quota_value,
      elected: electedIn(record),
      eliminated: eliminatedIn(record),
      inactive: record.inactive ? { ...record.inactive } : {},
      transfers,
      note: record.note,
    }
  })
  // Some counts (VoteKit's) record a decision in the round after it, once the candidate has left
  // the tally: the decision belongs to the last round that still counted them.
  for (let i = 1; i < stages.length; i++) {
    const here = stages[i]
    const before = stages[i - 1]
    if (!here || !before) continue
    const moved = (name: string) => !(name in here.tally) && name in before.tally
    before.elected.push(...here.elected.filter(moved))
    before.eliminated.push(...here.eliminated.filter(moved))
    here.elected = here.elected.filter((n) => !moved(n))
    here.eliminated = here.eliminated.filter((n) => !moved(n))
  }
  // Without reported inactive ballots, the votes no longer with any candidate are the total minus
  // the round's tally, as long as the tally still holds every elected candidate's votes.
  const total = result.total_ballots
  if (total !== undefined && !(result.rounds ?? []).some((r) => r.inactive)) {
    const keepsElected = stages.every((stage, i) =>
      stages.slice(0, i).every((s) => s.elected.every((name) => name in stage.tally)),
    )
    if (keepsElected)
      for (const stage of stages) {
        const held = Object.values(stage.tally).reduce((a, b) => a + b, 0)
        const gone = Math.round((total - held) * 1e5) / 1e5
        if (gone > 0.005) stage.inactive = { nonTransferable: gone }
      }
  }
  return stages
}

/** Candidate state at a stage: still counting, elected (at or before it), or out. */
export type StageState = 'continuing' | 'elected' | 'electedNow' | 'eliminatedNow' | 'out'

export function stateAt(stages: readonly Stage[], index: number, name: string): StageState {
  for (let i = 0; i < index; i++) {
    const s = stages[i]
    if (s?.elected.includes(name)) return 'elected'
    if (s?.eliminated.includes(name)) return 'out'
  }
  const here = stages[index]
  if (here?.elected.includes(name)) return 'electedNow'
  if (here?.eliminated.includes(name)) return 'eliminatedNow'
  return 'continuing'
}

/** Abstentions, blank and spoiled ballots entered as table counts (show of hands, piles). */
export function tableTotals(count: CountView): { abstain: number; blank: number; spoiled: number } {
  return count.tables.reduce(
    (sum, table) => ({
      abstain: sum.abstain + table.abstain,
      blank: sum.blank + table.blank,
      spoiled: sum.spoiled + table.spoiled,
    }),
    { abstain: 0, blank: 0, spoiled: 0 },
  )
}

/**
 * Per option, the number of voters at each grade (worst first), from the table counts of a
 * `counts` entry; null when the count was entered as papers (see useGradeProfiles).
 */
export function profilesFromTables(ballot: BallotView, count: CountView): Record<string, number[]> | null {
  if (ballot.spec.entry !== 'counts' || count.tables.length === 0) return null
  const grades = ballot.spec.grades.length
  const out: Record<string, number[]> = {}
  for (const name of ballot.spec.candidates) out[name] = Array.from({ length: grades }, () => 0)
  for (const table of count.tables)
    for (const [name, votes] of Object.entries(table.votes)) {
      const row = out[name]
      if (!row) continue
      votes.forEach((v, i) => {
        if (i < row.length) row[i] = (row[i] ?? 0) + v
      })
    }
  return out
}

/** Each group of a ranking with its place: tied options share a place, the next place skips. */
export function placesOf(ranking: readonly string[][]): { place: number; group: string[] }[] {
  const out: { place: number; group: string[] }[] = []
  let place = 1
  for (const group of ranking) {
    out.push({ place, group })
    place += group.length
  }
  return out
}

/** Votes per option of a single-choice count (majority, distribution or plurality). */
export function choiceCounts(result: TallyResult): Record<string, number> {
  return result.counts ?? result.tally ?? result.scores ?? {}
}

/** What the percentages of a single-choice count are taken of: the count's base, or the votes for the options. */
export function choiceBase(result: TallyResult, candidates: readonly string[]): number {
  const counts = choiceCounts(result)
  return result.base ?? candidates.reduce((s, c) => s + (counts[c] ?? 0), 0)
}
