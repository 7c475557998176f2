import type { TallyResult } from '../../../shared/tally-result.ts'
import { votesOverview } from '../../votes/votes-view.ts'
import type { CellInput, SheetModule } from '../workbook-sheet.ts'

/** One figure of a result: which proposal and round it belongs to, what it measures, of which option. */
type Figure = {
  proposal: string
  round: number | null
  measure: string
  option: string
  value: number | string
}

const measures = [
  'counts',
  'tally',
  'percentages',
  'approvals',
  'scores',
  'sums',
  'means',
  'medians',
  'ranks',
] as const

/** Every figure a recorded result holds, flattened to rows (per proposal, per round for ranked methods). */
export function resultFigures(result: TallyResult, proposal = ''): Figure[] {
  const out: Figure[] = []
  for (const measure of measures)
    for (const [option, value] of Object.entries(result[measure] ?? {}))
      out.push({ proposal, round: null, measure, option, value })
  for (const [key, value] of [
    ['agree_percent', result.agree_percent],
    ['weighted_average', result.weighted_average],
    ['base', result.base],
    ['total_ballots', result.total_ballots],
    ['quota_value', result.quota_value],
  ] as const)
    if (value !== undefined) out.push({ proposal, round: null, measure: key, option: '', value })
  if (result.band !== undefined)
    out.push({ proposal, round: null, measure: 'band', option: '', value: result.band })
  for (const round of result.rounds ?? [])
    for (const [option, value] of Object.entries(round.tally))
      out.push({ proposal, round: round.round, measure: 'tally', option, value })
  result.winners.forEach((winner, i) =>
    out.push({ proposal, round: null, measure: 'winner', option: winner, value: i + 1 }),
  )
  for (const [name, inner] of Object.entries(result.proposals ?? {})) out.push(...resultFigures(inner, name))
  return out
}

/** The recommendations, the ballots with their current count, and every figure of each result. */
export const votesSheets: SheetModule = (sqlite, t) => {
  const { recommendations, ballots } = votesOverview(sqlite)
  const codeOf = new Map(recommendations.map((r) => [r.id, r.code]))
  const results: CellInput[][] = []
  for (const ballot of ballots) {
    const count = ballot.counts.at(-1)
    if (!count?.result || count.status !== 'final') continue
    for (const f of resultFigures(count.result))
      results.push([
        ballot.id,
        ballot.spec.title,
        f.proposal,
        f.round,
        f.measure,
        f.option,
        typeof f.value === 'number' ? f.value : null,
        typeof f.value === 'string' ? f.value : '',
      ])
  }
  return [
    {
      name: t('workbook.recommendations.sheet'),
      columns: [
        { header: t('workbook.recommendations.code'), type: 'text', width: 8 },
        { header: t('workbook.recommendations.theme'), type: 'text', width: 20 },
        { header: t('workbook.recommendations.version'), type: 'integer', width: 8 },
        { header: t('workbook.recommendations.status'), type: 'text', width: 10 },
        { header: t('workbook.recommendations.group'), type: 'text', width: 16 },
        { header: t('workbook.recommendations.text'), type: 'text', width: 80 },
        { header: t('workbook.recommendations.minority'), type: 'integer', width: 10 },
        { header: t('workbook.recommendations.updatedAt'), type: 'datetime', width: 20 },
      ],
      rows: recommendations.map((r) => [
        r.code,
        r.theme,
        r.version,
        t(`workbook.recommendationStatuses.${r.status}`),
        r.draftingGroup,
        r.text,
        r.minorityStatements.length,
        r.updatedAt,
      ]),
    },
    {
      name: t('workbook.ballots.sheet'),
      columns: [
        { header: t('workbook.ballots.id'), type: 'integer', width: 6 },
        { header: t('workbook.ballots.title'), type: 'text', width: 36 },
        { header: t('workbook.ballots.recommendation'), type: 'text', width: 10 },
        { header: t('workbook.ballots.kind'), type: 'text', width: 12 },
        { header: t('workbook.ballots.method'), type: 'text', width: 14 },
        { header: t('workbook.ballots.state'), type: 'text', width: 10 },
        { header: t('workbook.ballots.outcome'), type: 'text', width: 10 },
        { header: t('workbook.ballots.countNo'), type: 'integer', width: 8 },
        { header: t('workbook.ballots.countStatus'), type: 'text', width: 10 },
        { header: t('workbook.ballots.present'), type: 'integer', width: 8 },
        { header: t('workbook.ballots.cast'), type: 'integer', width: 8 },
        { header: t('workbook.ballots.winners'), type: 'text', width: 30 },
        { header: t('workbook.ballots.finalisedAt'), type: 'datetime', width: 20 },
        { header: t('workbook.ballots.resultHash'), type: 'text', width: 30 },
      ],
      rows: ballots.map((b) => {
        const count = b.counts.at(-1)
        const final = count?.status === 'final' ? count : undefined
        return [
          b.id,
          b.spec.title,
          b.recommendationId === null ? '' : (codeOf.get(b.recommendationId) ?? ''),
          b.spec.kind,
          b.spec.method,
          t(`workbook.ballotStates.${b.state}`),
          b.outcome ? t(`workbook.outcomes.${b.outcome}`) : '',
          count?.countNo,
          count ? t(`workbook.countStatuses.${count.status}`) : '',
          count?.present,
          count?.cast,
          final?.result?.winners.join(', ') ?? '',
          final?.finalisedAt,
          final?.resultHash,
        ]
      }),
    },
    {
      name: t('workbook.results.sheet'),
      columns: [
        { header: t('workbook.results.ballot'), type: 'integer', width: 6 },
        { header: t('workbook.results.title'), type: 'text', width: 36 },
        { header: t('workbook.results.proposal'), type: 'text', width: 24 },
        { header: t('workbook.results.round'), type: 'integer', width: 7 },
        { header: t('workbook.results.measure'), type: 'text', width: 16 },
        { header: t('workbook.results.option'), type: 'text', width: 24 },
        { header: t('workbook.results.value'), type: 'number', width: 10 },
        { header: t('workbook.results.text'), type: 'text', width: 16 },
      ],
      rows: results,
    },
  ]
}
