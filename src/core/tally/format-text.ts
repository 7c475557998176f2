import type { Election } from './election.ts'
import type { Matrix, RoundRecord, TallyResult, ThresholdBasis } from '../../shared/tally-result.ts'

/** Numbers as people read them on a tally sheet: up to 4 decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞'
  return String(Number(value.toFixed(4)))
}

function formatRanking(ranking: readonly (readonly string[])[]): string {
  return ranking.map((group, i) => `  ${i + 1}. ${group.join(' = ')}`).join('\n')
}

function formatRound(round: RoundRecord): string {
  const entries = Object.entries(round.tally).sort((a, b) => b[1] - a[1])
  const width = Math.max(...entries.map(([name]) => name.length), 8)
  const lines = [
    `Round ${round.round}${round.threshold !== undefined ? ` (threshold ${formatNumber(round.threshold)})` : ''}`,
  ]
  for (const [name, votes] of entries)
    lines.push(`  ${name.padEnd(width)}  ${formatNumber(votes).padStart(12)}`)
  const inactive = Object.entries(round.inactive ?? {})
  if (inactive.length > 0)
    lines.push(`  inactive: ${inactive.map(([k, v]) => `${k} ${formatNumber(v)}`).join(', ')}`)
  for (const event of round.events ?? []) {
    const [verb, name] = 'elected' in event ? ['elected', event.elected] : ['eliminated', event.eliminated]
    const transfers = Object.entries(event.transfers ?? {})
      .map(([to, v]) => `${to} +${formatNumber(v)}`)
      .join(', ')
    lines.push(`  → ${name} ${verb}${transfers ? `; transfers: ${transfers}` : ''}`)
  }
  if (!round.events) {
    if (round.elected?.length) lines.push(`  → elected: ${round.elected.join(', ')}`)
    if (round.eliminated?.length) lines.push(`  → eliminated: ${round.eliminated.join(', ')}`)
  }
  if (round.note) lines.push(`  (${round.note})`)
  return lines.join('\n')
}

function formatMatrix(title: string, candidates: readonly string[], matrix: Matrix): string {
  const width = Math.max(...candidates.map((c) => c.length), 6)
  const header = `  ${''.padEnd(width)}  ${candidates.map((c) => c.slice(0, 10).padStart(10)).join(' ')}`
  const rows = candidates.map(
    (x) =>
      `  ${x.padEnd(width)}  ${candidates.map((y) => (x === y ? '—' : formatNumber(matrix[x]?.[y] ?? 0)).padStart(10)).join(' ')}`,
  )
  return [`${title} (row over column):`, header, ...rows].join('\n')
}

function formatValues(title: string, values: Record<string, number | string>, suffix = ''): string {
  const lines = Object.entries(values).map(
    ([k, v]) => `  ${k}: ${typeof v === 'number' ? formatNumber(v) : v}${suffix}`,
  )
  return [`${title}:`, ...lines].join('\n')
}

/** What a round's threshold is taken of (TallyResult.threshold_of), in words. */
const thresholdWords: Record<ThresholdBasis, string> = {
  all_ballots: 'more than half of all valid ballots, exhausted ones included',
  continuing_ballots:
    'more than half of the ballots still counting in each round (exhausted ones leave the base)',
  first_round_ballots: 'set from the ballots counting in the first round, then fixed',
  valid_ballots: 'a quota of all valid ballots, fixed for the count',
  active_votes: 'a quota of the votes still active, recomputed as the count goes',
}

/** One variant in a line: its winners (in election order where known), ranking and quota. */
function variantLine(name: string, r: TallyResult): string {
  const winners = (r.winners_in_order ?? r.winners).join(', ') || 'none'
  const ranking =
    r.ranking && r.ranking.length > 1 && r.ranking.length <= 6
      ? `; ranking ${r.ranking.map((g) => g.join(' = ')).join(' > ')}`
      : ''
  const quota = r.quota_value !== undefined ? `; quota ${formatNumber(r.quota_value)}` : ''
  return `  ${name}: ${winners}${ranking}${quota}`
}

/** The human-readable report of a count, for the CLI and for copying into minutes. */
export function formatTallyText(election: Election, result: TallyResult): string {
  const parts: string[] = []
  parts.push(election.title)
  parts.push(
    `Method: ${result.method}${result.variant ? ` (${result.variant})` : ''}, ${election.seats} seat(s)`,
  )
  parts.push(`Winners: ${result.winners.length > 0 ? result.winners.join(', ') : 'none'}`)
  if (result.passes !== undefined) parts.push(`Passes: ${result.passes ? 'yes' : 'no'}`)
  if (result.band !== undefined) parts.push(`Band: ${result.band}`)
  if (result.weighted_average !== undefined)
    parts.push(`Weighted average: ${formatNumber(result.weighted_average)}`)
  if (result.quota_value !== undefined) parts.push(`Quota: ${formatNumber(result.quota_value)}`)
  if (result.ranking) parts.push(`Ranking:\n${formatRanking(result.ranking)}`)
  if (result.percentages) parts.push(formatValues('Percentages', result.percentages, '%'))
  if (result.scores && !result.rounds) parts.push(formatValues('Scores', result.scores))
  if (result.threshold_of)
    parts.push(`Threshold: ${thresholdWords[result.threshold_of]} (${result.threshold_of})`)
  if (result.rounds) parts.push(result.rounds.map(formatRound).join('\n'))
  if (result.pairwise) parts.push(formatMatrix('Pairwise preferences', election.candidates, result.pairwise))
  if (result.strongest_paths)
    parts.push(formatMatrix('Strongest paths', election.candidates, result.strongest_paths))
  if (result.proposals)
    for (const [name, p] of Object.entries(result.proposals))
      parts.push(
        `${name}: ${p.band ?? (p.passes ? 'passes' : 'does not pass')}, weighted average ${formatNumber(p.weighted_average ?? 0)}`,
      )
  for (const [key, title] of [
    ['by_method', 'By method'],
    ['by_variant', 'By variant'],
    ['by_rule', 'By rule'],
  ] as const) {
    const variants = result[key]
    if (variants)
      parts.push([`${title}:`, ...Object.entries(variants).map(([k, r]) => variantLine(k, r))].join('\n'))
  }
  for (const [name, why] of Object.entries(result.variants_not_counted ?? {}))
    parts.push(`Not counted: ${name}: ${why}`)
  for (const t of result.tie_breaks ?? [])
    parts.push(
      `Tie-break in round ${t.round}: ${t.chosen} chosen as ${t.kind} among ${t.among.join(', ')} — ${t.how}`,
    )
  for (const note of result.notes ?? []) parts.push(`Note: ${note}`)
  return `${parts.join('\n\n')}\n`
}
