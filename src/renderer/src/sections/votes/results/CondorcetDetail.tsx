import { Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TallyResult } from '../../../../../shared/tally-result.ts'
import { methodName, variantName } from './headline.ts'
import { formatList, formatVotes } from './numbers.ts'
import { PairwiseMatrix } from './PairwiseMatrix.tsx'
import { RankingList } from './RankingList.tsx'

type Props = { result: TallyResult; order: string[] }

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1)

/** Condorcet methods: the ranking, the head-to-head matrix, and what the method compared. */
export function CondorcetDetail({ result, order }: Props) {
  const { t } = useTranslation()
  const perCandidate: { key: string; label: string; values: Record<string, number> }[] = []
  if (result.balance)
    perCandidate.push({ key: 'balance', label: t('results.condorcet.balance'), values: result.balance })
  if (result.worst_defeat)
    perCandidate.push({
      key: 'worst',
      label: t('results.condorcet.worstDefeat'),
      values: result.worst_defeat,
    })
  if (result.worst_opposition)
    perCandidate.push({
      key: 'opposition',
      label: t('results.condorcet.worstOpposition'),
      values: result.worst_opposition,
    })
  return (
    <Stack gap="md">
      {result.ranking && <RankingList ranking={result.ranking} winners={result.winners} />}
      {result.pairwise && (
        <Stack gap={6}>
          <Title order={4}>{t('results.condorcet.pairwiseTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('results.condorcet.pairwiseHelp')}
          </Text>
          <PairwiseMatrix
            matrix={result.pairwise}
            order={order}
            label={t('results.condorcet.pairwiseTitle')}
            testId="result-pairwise"
          />
        </Stack>
      )}
      {result.strongest_paths && (
        <Stack gap={6}>
          <Title order={4}>{t('results.condorcet.pathsTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('results.condorcet.pathsHelp')}
          </Text>
          <PairwiseMatrix
            matrix={result.strongest_paths}
            order={order}
            label={t('results.condorcet.pathsTitle')}
            testId="result-strongest-paths"
          />
        </Stack>
      )}
      {result.method === 'ranked_pairs' && (
        <Text size="sm" c="dimmed">
          {t('results.condorcet.rankedPairsHelp')}
        </Text>
      )}
      {result.method === 'kemeny_young' && result.best_score !== undefined && (
        <Text size="sm">{t('results.condorcet.kemenyScore', { score: formatVotes(result.best_score) })}</Text>
      )}
      {perCandidate.length > 0 && (
        <Table
          withTableBorder
          verticalSpacing={4}
          style={{ fontVariantNumeric: 'tabular-nums', maxWidth: 640 }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('results.rounds.candidate')}</Table.Th>
              {perCandidate.map((p) => (
                <Table.Th key={p.key} ta="right">
                  {p.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.map((name) => (
              <Table.Tr key={name}>
                <Table.Td>{name}</Table.Td>
                {perCandidate.map((p) => (
                  <Table.Td key={p.key} ta="right">
                    {p.values[name] !== undefined ? formatVotes(p.values[name]) : '—'}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {result.by_method && (
        <Stack gap={6}>
          <Title order={4}>{t('results.condorcet.byMethodTitle')}</Title>
          <Table withTableBorder verticalSpacing={4} style={{ maxWidth: 720 }} data-testid="result-by-method">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('results.condorcet.method')}</Table.Th>
                <Table.Th>{t('results.condorcet.winners')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {Object.entries(result.by_method).map(([key, r]) => (
                <Table.Tr key={key}>
                  <Table.Td>
                    {capitalise(methodName(t, r.method))}
                    {r.variant ? ` (${variantName(t, r.variant)})` : ''}
                  </Table.Td>
                  <Table.Td>{r.winners.length > 0 ? formatList(r.winners) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  )
}
