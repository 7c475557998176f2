import { Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BallotView } from '../../../../../shared/votes.ts'
import type { TallyResult } from '../../../../../shared/tally-result.ts'
import { bandText } from './headline.ts'
import { formatMean, formatPercent, formatVotes } from './numbers.ts'
import { orderedCandidates } from './result-model.ts'

const numeric = { fontVariantNumeric: 'tabular-nums' } as const

/** Agreement scales in figures: per proposal, the count and share at each grade, the mean, agreement and band. */
export function ScaleTable({ ballot, result }: { ballot: BallotView; result: TallyResult }) {
  const { t } = useTranslation()
  const grades = ballot.spec.grades
  const proposals: [string, TallyResult][] = result.proposals
    ? Object.entries(result.proposals)
    : [[ballot.spec.candidates[0] ?? ballot.spec.title, result]]
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder verticalSpacing={4} style={numeric} data-testid="result-scale-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('results.scale.proposal')}</Table.Th>
            {grades.map((g) => (
              <Table.Th key={g} ta="right">
                {g}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('results.scale.total')}</Table.Th>
            <Table.Th ta="right">{t('results.scale.mean')}</Table.Th>
            <Table.Th ta="right">{t('results.scale.agree')}</Table.Th>
            <Table.Th>{t('results.scale.band')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {proposals.map(([name, p]) => (
            <Table.Tr key={name}>
              <Table.Td fw={p.passes ? 600 : 400}>{name}</Table.Td>
              {grades.map((g) => (
                <Table.Td key={g} ta="right">
                  {formatVotes(p.counts?.[g] ?? 0)}{' '}
                  <span style={{ color: 'var(--mantine-color-dimmed)', fontSize: '0.85em' }}>
                    {formatPercent(p.percentages?.[g] ?? 0)}
                  </span>
                </Table.Td>
              ))}
              <Table.Td ta="right">{formatVotes(p.base ?? 0)}</Table.Td>
              <Table.Td ta="right">{formatMean(p.weighted_average ?? 0)}</Table.Td>
              <Table.Td ta="right">{formatPercent(Math.round((p.agree_percent ?? 0) * 10) / 10)}</Table.Td>
              <Table.Td>
                {p.band
                  ? bandText(t, p.band)
                  : t(p.passes ? 'results.headline.passed' : 'results.headline.notPassed')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

/** Score voting and majority judgment in figures: sum, mean and median, or median grade and rank. */
export function ScoreTable({ ballot, result }: { ballot: BallotView; result: TallyResult }) {
  const { t } = useTranslation()
  const order = orderedCandidates(result, ballot.spec.candidates)
  const columns = [
    { key: 'sums', label: t('results.scores.sum'), values: result.sums },
    { key: 'means', label: t('results.scores.mean'), values: result.means },
  ].filter((c) => c.values)
  const medians = result.medians
  return (
    <Table
      withTableBorder
      verticalSpacing={4}
      style={{ ...numeric, maxWidth: 720 }}
      data-testid="result-score-table"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('results.rounds.candidate')}</Table.Th>
          {result.ranks && <Table.Th ta="right">{t('results.judgment.rank')}</Table.Th>}
          {columns.map((c) => (
            <Table.Th key={c.key} ta="right">
              {c.label}
            </Table.Th>
          ))}
          {medians && <Table.Th ta="right">{t('results.scores.median')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {order.map((name) => (
          <Table.Tr key={name}>
            <Table.Td fw={result.winners.includes(name) ? 700 : 400}>{name}</Table.Td>
            {result.ranks && <Table.Td ta="right">{result.ranks[name] ?? '—'}</Table.Td>}
            {columns.map((c) => (
              <Table.Td key={c.key} ta="right">
                {c.values?.[name] !== undefined
                  ? c.key === 'means'
                    ? formatMean(c.values[name])
                    : formatVotes(c.values[name])
                  : '—'}
              </Table.Td>
            ))}
            {medians && <Table.Td ta="right">{String(medians[name] ?? '—')}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
