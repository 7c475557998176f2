import { Card, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../format.ts'
import type { PlanFigures } from './seating-math.ts'

type Props = { figures: PlanFigures; preview: PlanFigures | null; sessions: number }

/** The two scores in words, with what a drag in progress would make of them. */
export function SeatingScores({ figures, preview, sessions }: Props) {
  const { t } = useTranslation()
  const one = (n: number) => formatNumber(Math.round(n * 10) / 10)
  const change = (before: number, after: number, lowerIsBetter: boolean) => {
    if (Math.abs(after - before) < 1e-9) return { text: t('tablesSection.scores.same'), color: 'dimmed' }
    const better = lowerIsBetter ? after < before : after > before
    return {
      text: t(better ? 'tablesSection.scores.better' : 'tablesSection.scores.worse'),
      color: better ? 'green.8' : 'orange.8',
    }
  }
  const balanceChange = preview && change(figures.balance, preview.balance, true)
  const pairsChange = preview && change(figures.plan.distinctPairs, preview.plan.distinctPairs, false)
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="tables-scores">
      <Card withBorder padding="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={700}>{t('tablesSection.scores.balance')}</Text>
            <Text fw={700} data-testid="tables-balance">
              {one(figures.balance)}
            </Text>
            {preview && balanceChange && (
              <Text fw={700} c={balanceChange.color} data-testid="tables-balance-preview">
                → {one(preview.balance)} ({balanceChange.text})
              </Text>
            )}
          </Group>
          <Text size="sm">
            {t('tablesSection.scores.balanceWords', { value: one((preview ?? figures).perTableField) })}
          </Text>
        </Stack>
      </Card>
      <Card withBorder padding="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={700}>{t('tablesSection.scores.encounters')}</Text>
            <Text fw={700} data-testid="tables-pairs">
              {formatNumber(figures.plan.distinctPairs)}
            </Text>
            {preview && pairsChange && (
              <Text fw={700} c={pairsChange.color} data-testid="tables-pairs-preview">
                → {formatNumber(preview.plan.distinctPairs)} ({pairsChange.text})
              </Text>
            )}
          </Group>
          <Text size="sm">
            {t('tablesSection.scores.encountersWords', {
              count: sessions,
              met: one((preview ?? figures).metPerMember),
              repeats: formatNumber((preview ?? figures).plan.repeatPairs),
            })}
          </Text>
        </Stack>
      </Card>
    </SimpleGrid>
  )
}
