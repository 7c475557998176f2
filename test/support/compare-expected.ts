import type { Election } from '../../src/core/tally/election.ts'
import { withOptions, withRules } from '../../src/core/tally/election.ts'
import { variantFromKey } from '../../src/core/tally/variants.ts'
import { ranksFromRanking } from '../../src/core/tally/ranking-groups.ts'
import type { RoundRecord, TallyResult } from '../../src/shared/tally-result.ts'
import { tallyElection } from '../../src/core/tally/tally-election.ts'

/**
 * Compares a count with a file's `expected` block, key by key, within the file's tolerance
 * (1e-6 unless the file or a round gives `tolerance`; Condorcet PHP's STV rounds are printed
 * rounded, so 0.01 there, as the format README says). Used by the conformance suite only. Every
 * key is either compared or reported as unchecked: nothing is silently ignored. by_method,
 * by_variant and by_rule are read from the engine's own variants (variants.ts, what `cli -- tally`
 * prints); the other variant keys (also, derived, with_unranked_*, scores_if_start_0) recount the
 * same ballots with that variant's options.
 */
export type Comparison = { checked: string[]; mismatches: string[] }

type Json = unknown
type Obj = Record<string, Json>

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A JSON scalar as text ('' for anything else). */
const text = (v: Json): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '')

/** Keys that only describe (a note, the library's own tie-break convention), never a result. */
const DESCRIPTIVE = new Set([
  'note',
  'with_fixed_tiebreak_order',
  'ref_path',
  'options',
  'arithmetic',
  'rule',
])

class Comparer {
  readonly mismatches: string[] = []
  readonly checked: string[] = []
  readonly tolerance: number

  constructor(tolerance: number) {
    this.tolerance = tolerance
  }

  fail(path: string, message: string): void {
    this.mismatches.push(`${path}: ${message}`)
  }

  number(path: string, expected: Json, actual: Json, tolerance = this.tolerance): void {
    const e = typeof expected === 'string' ? Number(expected) : expected
    if (typeof e !== 'number' || typeof actual !== 'number' || !Number.isFinite(e)) {
      if (e !== actual) this.fail(path, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
      return
    }
    if (Math.abs(e - actual) > tolerance) this.fail(path, `expected ${e}, got ${actual}`)
  }

  numberMap(
    path: string,
    expected: Json,
    actual: Record<string, Json> | undefined,
    tolerance = this.tolerance,
  ): void {
    if (!isObj(expected)) {
      this.fail(path, 'expected block is not an object')
      return
    }
    if (!actual) {
      this.fail(path, 'missing in the result')
      return
    }
    for (const [key, value] of Object.entries(expected)) {
      if (isObj(value))
        this.numberMap(`${path}.${key}`, value, actual[key] as Record<string, Json> | undefined, tolerance)
      else if (typeof value === 'number' || typeof value === 'string')
        this.number(`${path}.${key}`, value, actual[key], tolerance)
      else this.fail(`${path}.${key}`, `cannot compare ${JSON.stringify(value)}`)
    }
  }

  nameSet(path: string, expected: Json, actual: readonly string[] | undefined): void {
    if (!Array.isArray(expected)) {
      this.fail(path, 'expected a list')
      return
    }
    const a = [...(actual ?? [])].sort()
    const e = (expected as string[]).map(String).sort()
    if (JSON.stringify(a) !== JSON.stringify(e))
      this.fail(path, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
  }

  nameList(path: string, expected: Json, actual: readonly string[] | undefined): void {
    if (JSON.stringify(expected) !== JSON.stringify(actual ?? []))
      this.fail(path, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
  }

  ranking(path: string, expected: Json, actual: string[][] | undefined): void {
    if (!Array.isArray(expected)) {
      this.fail(path, 'expected a list of groups')
      return
    }
    const norm = (r: Json) => JSON.stringify((r as string[][]).map((g) => [...g].sort()))
    if (!actual || norm(expected) !== norm(actual))
      this.fail(path, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
  }
}

function compareRounds(
  c: Comparer,
  path: string,
  expected: Json,
  result: TallyResult,
  election: Election,
): void {
  if (!Array.isArray(expected)) {
    c.fail(path, 'expected a list of rounds')
    return
  }
  const rounds = result.rounds ?? []
  const roundTolerance = (e: Obj) => (typeof e['tolerance'] === 'number' ? e['tolerance'] : undefined)
  const phpRounds = text(election.document.source?.['repo']).includes('julien-boudry') ? 0.01 : c.tolerance
  if (rounds.length !== expected.length)
    c.fail(path, `expected ${expected.length} rounds, got ${rounds.length}`)
  expected.forEach((e: Json, i: number) => {
    const actual: RoundRecord | undefined = rounds[i]
    const at = `${path}[${i}]`
    if (!actual) {
      c.fail(at, 'missing round')
      return
    }
    if (!isObj(e)) {
      c.fail(at, 'not an object')
      return
    }
    // Condorcet PHP rounds are plain tallies of the continuing candidates.
    if (!('tally' in e)) {
      c.numberMap(`${at}.tally`, e, actual.tally, phpRounds)
      const extra = Object.keys(actual.tally).filter((k) => !(k in e))
      if (extra.length > 0) c.fail(`${at}.tally`, `unexpected candidates ${extra.join(', ')}`)
      return
    }
    const tolerance = roundTolerance(e) ?? c.tolerance
    for (const [key, value] of Object.entries(e)) {
      const p = `${at}.${key}`
      if (key === 'round' || key === 'tolerance' || key === 'note') continue
      if (key === 'tally') {
        c.numberMap(p, value, actual.tally, tolerance)
        const extra = Object.keys(actual.tally).filter((k) => isObj(value) && !(k in value))
        if (extra.length > 0) c.fail(p, `unexpected candidates ${extra.join(', ')}`)
      } else if (key === 'threshold') c.number(p, value, actual.threshold, tolerance)
      else if (key === 'inactive') c.numberMap(p, value, actual.inactive, tolerance)
      else if (key === 'elected' || key === 'eliminated') c.nameSet(p, value, actual[key])
      else if (key === 'events') compareEvents(c, p, value, actual)
      else c.fail(p, 'unchecked key')
    }
  })
}

function compareEvents(c: Comparer, path: string, expected: Json, actual: RoundRecord): void {
  if (!Array.isArray(expected)) {
    c.fail(path, 'expected a list')
    return
  }
  const events = actual.events ?? []
  const key = (ev: Json) => (isObj(ev) ? text(ev['elected'] ?? ev['eliminated']) : '')
  const kind = (ev: Json) => (isObj(ev) && 'elected' in ev ? 'elected' : 'eliminated')
  if (events.length !== expected.length)
    c.fail(path, `expected ${expected.length} events, got ${events.length}`)
  for (const ev of expected) {
    const match = events.find((a) => key(a) === key(ev) && kind(a) === kind(ev))
    if (!match) {
      c.fail(path, `missing event ${JSON.stringify(ev)}`)
      continue
    }
    const transfers = isObj(ev) ? ev['transfers'] : undefined
    if (transfers !== undefined) {
      c.numberMap(`${path}.${key(ev)}.transfers`, transfers, match.transfers)
      const extra = Object.keys(match.transfers ?? {}).filter((k) => isObj(transfers) && !(k in transfers))
      if (extra.length > 0) c.fail(`${path}.${key(ev)}.transfers`, `unexpected ${extra.join(', ')}`)
    } else if (match.transfers && Object.keys(match.transfers).length > 0)
      c.fail(`${path}.${key(ev)}`, `unexpected transfers ${JSON.stringify(match.transfers)}`)
  }
}

function compareSummary(
  c: Comparer,
  path: string,
  expected: Json,
  result: TallyResult,
  election: Election,
): void {
  if (!isObj(expected)) {
    c.fail(path, 'not an object')
    return
  }
  const last = result.rounds?.[result.rounds.length - 1]
  for (const [key, value] of Object.entries(expected)) {
    const p = `${path}.${key}`
    if (key === 'finalThreshold') c.number(p, value, last?.threshold)
    else if (key === 'numWinners') c.number(p, value, result.winners.length)
    else if (key === 'totalNumBallots') c.number(p, value, result.total_ballots)
    else if (key === 'undervotes') c.number(p, value, last?.inactive?.['undervotes'] ?? 0)
    else if (key === 'numCandidates')
      c.number(p, value, election.candidates.length + (election.rules.excluded_candidates?.length ?? 0))
    else c.fail(p, 'unchecked key')
  }
}

function compareTieBreaks(c: Comparer, path: string, expected: Json, result: TallyResult): void {
  if (!Array.isArray(expected)) {
    c.fail(path, 'expected a list')
    return
  }
  for (const t of expected) {
    if (!isObj(t)) continue
    const found = (result.tie_breaks ?? []).find(
      (r) => r.round === t['round'] && r.chosen === t['chosen'] && r.kind === t['kind'],
    )
    if (!found) c.fail(path, `tie-break ${JSON.stringify(t)} not made`)
  }
}

/** A by_rule entry against the engine's own count of that rule (variants.ts, as `cli -- tally` prints it). */
function compareDroopRule(c: Comparer, path: string, entry: Json, result: TallyResult | undefined): void {
  if (!isObj(entry)) {
    c.fail(path, 'not an object')
    return
  }
  if (!result) {
    c.fail(path, 'this rule is not counted')
    return
  }
  const sub = new Comparer(c.tolerance)
  for (const [key, value] of Object.entries(entry)) {
    const p = `${path}.${key}`
    if (DESCRIPTIVE.has(key)) continue
    if (key === 'quota') sub.number(p, value, result.quota_value, 1e-4)
    else if (key === 'winners') sub.nameSet(p, value, result.winners)
    else if (key === 'winners_in_order') sub.nameList(p, value, result.winners_in_order ?? result.winners)
    else if (key === 'defeated_in_order') sub.nameList(p, value, result.defeated_in_order)
    else if (key === 'stages') compareStages(sub, p, value, result)
    else sub.fail(p, 'unchecked key')
  }
  c.mismatches.push(...sub.mismatches)
}

function compareStages(c: Comparer, path: string, expected: Json, result: TallyResult): void {
  if (!Array.isArray(expected)) {
    c.fail(path, 'expected a list')
    return
  }
  const stages = result.rounds ?? []
  if (stages.length !== expected.length)
    c.fail(path, `expected ${expected.length} stages, got ${stages.length}`)
  expected.forEach((stage: Json, i: number) => {
    const actual = stages[i]
    if (!isObj(stage) || !actual) {
      c.fail(`${path}[${i}]`, 'missing stage')
      return
    }
    c.numberMap(`${path}[${i}].votes`, stage['votes'], actual.tally, 1e-4)
    c.number(`${path}[${i}].quota`, stage['quota'], actual.threshold, 1e-4)
  })
}

function compareBlock(
  c: Comparer,
  path: string,
  expected: Obj,
  election: Election,
  result: TallyResult,
): void {
  for (const [key, value] of Object.entries(expected)) {
    const p = path ? `${path}.${key}` : key
    if (DESCRIPTIVE.has(key)) continue
    c.checked.push(p)
    switch (key) {
      case 'winners':
        if (election.method === 'stv' && !path) c.nameList(p, value, result.winners)
        else c.nameSet(p, value, result.winners)
        break
      case 'ranking':
        c.ranking(p, value, result.ranking)
        break
      case 'scores':
      case 'sums':
      case 'approvals':
      case 'balance':
      case 'worst_defeat':
      case 'worst_opposition':
      case 'pairwise':
      case 'strongest_paths':
      case 'percentages':
        c.numberMap(p, value, result[key])
        break
      case 'tally':
        c.numberMap(p, value, result.tally)
        break
      case 'medians':
        c.numberMap(p, value, result.medians)
        break
      case 'best_score':
      case 'quota_value':
      case 'participants':
      case 'total_ballots':
      case 'weighted_average':
        c.number(p, value, result[key])
        break
      case 'majority_threshold_votes':
        c.number(p, value, result.rounds?.[0]?.threshold)
        break
      case 'condorcet_winner':
      case 'condorcet_loser':
      case 'passes':
      case 'band':
        if (value !== result[key])
          c.fail(p, `expected ${JSON.stringify(value)}, got ${JSON.stringify(result[key])}`)
        break
      case 'ranks':
        c.numberMap(p, value, result.ranks ?? (result.ranking ? ranksFromRanking(result.ranking) : undefined))
        break
      case 'top_two_for_runoff':
      case 'elected_in_first_round':
        c.nameSet(
          p,
          value,
          key === 'top_two_for_runoff' ? result.top_two_for_runoff : result.rounds?.[0]?.elected,
        )
        break
      case 'quotas_by_round':
        if (!Array.isArray(value)) c.fail(p, 'expected a list')
        else value.forEach((q: Json, i: number) => c.number(`${p}[${i}]`, q, result.quotas_by_round?.[i]))
        break
      case 'rounds':
        compareRounds(c, p, value, result, election)
        break
      case 'summary':
        compareSummary(c, p, value, result, election)
        break
      case 'forced_tiebreaks':
        compareTieBreaks(c, p, value, result)
        break
      case 'outcomes_compared':
        if (!Array.isArray(value)) c.fail(p, 'expected a list')
        else {
          const norm = (o: Json[]) => JSON.stringify(o.map((x) => [...(x as string[])].sort()).sort())
          const actual = result.outcomes_compared ?? []
          if (norm(value) !== norm(actual))
            c.fail(p, `expected ${JSON.stringify(value)}, got ${JSON.stringify(actual)}`)
        }
        break
      case 'winner_is_not':
        if (result.winners.includes(String(value))) c.fail(p, `${String(value)} should not win`)
        break
      case 'by_method':
        compareVariants(c, p, value, election, result, 'method')
        break
      case 'by_variant':
        compareVariants(c, p, value, election, result, 'strength')
        break
      case 'also':
        compareVariants(c, p, value, election, result, 'key')
        break
      case 'by_rule':
        if (!isObj(value)) c.fail(p, 'not an object')
        else
          for (const [rule, entry] of Object.entries(value))
            compareDroopRule(c, `${p}.${rule}`, entry, result.by_rule?.[rule])
        break
      case 'derived':
        compareDerived(c, p, value, election)
        break
      case 'rankings_differ': {
        const w = tallyElection(withOptions(election, { strength: 'winning' })).ranking
        const m = tallyElection(withOptions(election, { strength: 'margin' })).ranking
        if ((JSON.stringify(w) !== JSON.stringify(m)) !== value)
          c.fail(p, `winning ${JSON.stringify(w)} vs margin ${JSON.stringify(m)}`)
        break
      }
      case 'with_unranked_no_points':
      case 'with_unranked_tied_last': {
        const unranked = key === 'with_unranked_no_points' ? 'no_points' : 'tied_last'
        const variant = withRules(election, { unranked })
        if (isObj(value)) compareBlock(c, p, value, variant, tallyElection(variant))
        break
      }
      case 'scores_if_start_0': {
        const variant = withOptions(election, { borda_start: 0 })
        c.numberMap(p, value, tallyElection(variant).scores)
        break
      }
      default:
        c.fail(p, 'unchecked key')
    }
  }
}

function compareVariants(
  c: Comparer,
  path: string,
  value: Json,
  election: Election,
  result: TallyResult,
  how: 'method' | 'strength' | 'key',
): void {
  if (!isObj(value)) {
    c.fail(path, 'not an object')
    return
  }
  for (const [name, expected] of Object.entries(value)) {
    if (!isObj(expected)) continue
    const p = `${path}.${name}`
    let sub: TallyResult | undefined
    let counted = election
    if (how === 'strength') {
      counted = withOptions(election, { strength: name as 'winning' })
      sub = result.by_variant?.[name]
    } else if (how === 'key') {
      const variant = variantFromKey(name)
      if (variant) {
        counted = { ...withOptions(election, variant.options), method: variant.method }
        sub = tallyElection(counted)
      }
    } else {
      // The engine's own count of the file's by_method entry (variants.ts), under the file's name.
      if (election.method === 'score')
        counted = withOptions(election, { aggregate: name.replace(/^score_/, '') })
      sub = result.by_method?.[name]
    }
    if (!sub) {
      c.fail(p, 'this method is not counted')
      continue
    }
    compareBlock(c, p, expected, counted, sub)
  }
}

function compareDerived(c: Comparer, path: string, value: Json, election: Election): void {
  if (!isObj(value)) {
    c.fail(path, 'not an object')
    return
  }
  for (const [name, expected] of Object.entries(value)) {
    const p = `${path}.${name}`
    if (name === 'pairwise') {
      c.numberMap(p, expected, tallyElection(election).pairwise)
      continue
    }
    const strength = name.startsWith('margin') ? 'margin' : name.startsWith('winning') ? 'winning' : null
    if (!strength || !isObj(expected)) {
      c.fail(p, 'unchecked key')
      continue
    }
    const variant = withOptions(election, { strength })
    compareBlock(c, p, expected, variant, tallyElection(variant))
  }
}

export function compareWithExpected(
  election: Election,
  expected: Record<string, unknown>,
  result: TallyResult,
): Comparison {
  const tolerance = typeof expected['tolerance'] === 'number' ? expected['tolerance'] : 1e-6
  const c = new Comparer(tolerance)
  const { tolerance: _t, ...rest } = expected
  compareBlock(c, '', rest, election, result)
  return { checked: c.checked, mismatches: c.mismatches }
}
