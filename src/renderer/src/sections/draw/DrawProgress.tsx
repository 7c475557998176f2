import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatNumber, formatProbability } from '../../format.ts'
import type { JobProgress } from '../pool/wizard/use-job.ts'

type Props = {
  progress: JobProgress | null
  cancelling: boolean
  onCancel: () => void
  stopping: boolean
  onStop: () => void
}

/**
 * The lottery being computed: the stage, panels found so far, the lowest chance so far with the
 * certified best possible (the gap in percentage points), how many chances are fixed; Cancel,
 * and, once a lottery exists, Stop here (keep the best lottery found so far).
 */
export function DrawProgress({ progress, cancelling, onCancel, stopping, onStop }: Props) {
  const { t } = useTranslation()
  const stage = progress?.stage ?? 'draw.starting'
  const detail = progress?.detail ?? {}
  // A lottery can be kept once a panel exists: stopping during the search for starting panels
  // ends it and solves the first lottery at once.
  const canStop = (detail.panels ?? 0) > 0
  return (
    <Paper withBorder radius="md" p="lg" role="status" aria-live="polite" data-testid="draw-progress">
      <Stack gap="sm">
        <Text fw={600}>{t(`draw.stages.${stage}`, { defaultValue: t('draw.stages.draw.working') })}</Text>
        <Progress value={100} striped animated aria-label={t('draw.prepare.progress')} />
        <Group gap="xl">
          {detail.panels !== undefined && (
            <Text size="sm" data-testid="draw-progress-panels">
              {t('draw.prepare.panels', { count: detail.panels, number: formatNumber(detail.panels) })}
            </Text>
          )}
          {detail.fixed !== undefined && (
            <Text size="sm">
              {detail.people !== undefined
                ? t('draw.prepare.fixedOf', {
                    count: detail.fixed,
                    number: formatNumber(detail.fixed),
                    people: formatNumber(detail.people),
                  })
                : t('draw.prepare.fixed', { count: detail.fixed, number: formatNumber(detail.fixed) })}
            </Text>
          )}
        </Group>
        {detail.minProbability !== undefined && (
          <Stack gap={4}>
            <Text size="sm" data-testid="draw-progress-min">
              {t((detail.round ?? 1) > 1 ? 'draw.prepare.nextGroup' : 'draw.prepare.minSoFar', {
                value: formatProbability(detail.minProbability),
                round: detail.round ?? 1,
              })}
            </Text>
            {detail.upperBound !== undefined && (
              <Text size="sm" data-testid="draw-progress-bound">
                {t('draw.prepare.bound', {
                  value: formatProbability(detail.upperBound),
                  count: gapPoints(detail.upperBound, detail.minProbability),
                  gap: formatNumber(gapPoints(detail.upperBound, detail.minProbability)),
                })}
              </Text>
            )}
          </Stack>
        )}
        <Group justify="space-between" wrap="nowrap" align="flex-end">
          <Text size="sm" c="dimmed">
            {canStop ? t('draw.prepare.stopHint') : t('draw.prepare.cancelHint')}
          </Text>
          <Group gap="sm" wrap="nowrap">
            {canStop && (
              <Button variant="light" onClick={onStop} loading={stopping} disabled={cancelling}>
                {t('draw.prepare.stop')}
              </Button>
            )}
            <Button variant="default" color="red" onClick={onCancel} loading={cancelling}>
              {t('draw.prepare.cancel')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  )
}

/** How far the certified best possible lies above the lowest chance so far, in percentage points (2 decimals). */
function gapPoints(bound: number, min: number): number {
  return Math.round(Math.max(0, bound - min) * 10000) / 100
}
