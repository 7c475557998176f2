import { SimpleGrid, Stack, Text } from '@mantine/core'
import { StoppedNotice } from './StoppedNotice.tsx'
import { useTranslation } from 'react-i18next'
import type { DrawView } from '../../../../shared/draws.ts'
import { formatDecimal, formatNumber, formatProbability } from '../../format.ts'

/** Lowest, highest and average chance, the Gini coefficient and the number of panels in the lottery. */
export function DrawStats({ stats, zero }: { stats: NonNullable<DrawView['stats']>; zero: number }) {
  const { t } = useTranslation()
  const items = [
    { key: 'min', label: t('draw.stats.min'), value: formatProbability(stats.minProbability) },
    { key: 'max', label: t('draw.stats.max'), value: formatProbability(stats.maxProbability) },
    { key: 'mean', label: t('draw.stats.mean'), value: formatProbability(stats.meanProbability) },
    { key: 'gini', label: t('draw.stats.gini'), value: formatDecimal(Math.max(0, stats.gini)) },
    { key: 'panels', label: t('draw.stats.panels'), value: formatNumber(stats.panels) },
  ]
  return (
    <Stack gap={6}>
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="md">
        {items.map((item) => (
          <Stack key={item.key} gap={0}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {item.label}
            </Text>
            <Text fz={22} fw={650} data-testid={`draw-stat-${item.key}`}>
              {item.value}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      {stats.stopped && <StoppedNotice stopped={stats.stopped} />}
      {zero > 0 && (
        <Text size="sm" c="orange.9" fw={500} data-testid="draw-zero-chance">
          {t('draw.stats.zero', { count: zero })}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {t('draw.stats.explain')}
      </Text>
    </Stack>
  )
}
