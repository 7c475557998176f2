import { Alert, Stack, Text } from '@mantine/core'
import { IconPlayerStop } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { stoppedGapPoints, type StoppedEarly } from '../../../../shared/draws.ts'
import { formatNumber, formatProbability } from '../../format.ts'

/** A lottery stopped before it was proven fairest: what it guarantees, and that it replays exactly. */
export function StoppedNotice({ stopped }: { stopped: StoppedEarly }) {
  const { t } = useTranslation()
  const gap = Math.round(stoppedGapPoints(stopped) * 100) / 100
  const lowest = formatProbability(stopped.lowest)
  return (
    <Alert
      color="yellow"
      icon={<IconPlayerStop size={20} />}
      title={t('draw.stats.stoppedTitle')}
      data-testid="draw-stopped"
    >
      <Stack gap={4}>
        <Text size="sm">
          {stopped.round > 1
            ? t('draw.stats.stoppedLater', {
                lowest,
                fixed: formatNumber(stopped.fixed),
                people: formatNumber(stopped.people),
                round: stopped.round,
              })
            : t('draw.stats.stoppedLowest', {
                lowest,
                bound: formatProbability(stopped.upperBound),
                count: gap,
                gap: formatNumber(gap),
              })}
        </Text>
        <Text size="sm">
          {t('draw.stats.stoppedReplay', { iterations: formatNumber(stopped.iterations) })}
        </Text>
      </Stack>
    </Alert>
  )
}
