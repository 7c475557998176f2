import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { IconArrowRight, IconDownload, IconPrinter, IconSpeakerphone } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { DrawView } from '../../../../shared/draws.ts'
import { call } from '../../api.ts'
import { formatDateTime, formatNumber } from '../../format.ts'
import { notifyError } from '../../state/notify-error.ts'
import { DiscardDrawButton } from './DiscardDrawButton.tsx'
import { downloadCsv } from '../../download.ts'
import { DrawStats } from './DrawStats.tsx'
import { HashBlock } from '../../components/HashBlock.tsx'
import { ProbabilityChart } from './ProbabilityChart.tsx'

type Props = { draw: DrawView; poolSize: number; onContinue: () => void; onDiscarded: () => void }

/** Step 2: the commitment, read out or printed before anyone chooses the seed. */
export function CommitmentStep({ draw, poolSize, onContinue, onDiscarded }: Props) {
  const { t } = useTranslation()
  const probabilities = Object.values(draw.probabilities)

  async function downloadTickets() {
    try {
      downloadCsv(
        await call('draw:ticketsCsv', { drawId: draw.id }),
        t('draw.commit.ticketsFile', { id: draw.id }),
      )
    } catch (error) {
      notifyError(error)
    }
  }

  return (
    <Stack gap="lg" data-testid="draw-commitment">
      <Alert color="blue" icon={<IconSpeakerphone size={20} />} title={t('draw.commit.readOutTitle')}>
        {t('draw.commit.readOut')}
      </Alert>
      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <Stack gap={2}>
              <Title order={3} size="h4">
                {t('draw.commit.title', { id: draw.id })}
              </Title>
              <Text size="sm" c="dimmed">
                {t('draw.commit.meta', {
                  algorithm: t(`draw.algorithms.${draw.algorithm}.name`),
                  seats: draw.panelSize,
                  pool: formatNumber(poolSize),
                  reserves: draw.reserveCount,
                  when: formatDateTime(draw.committedAt),
                })}
              </Text>
            </Stack>
            <Button
              variant="default"
              leftSection={<IconPrinter size={18} />}
              onClick={() => window.print()}
              className="no-print"
            >
              {t('draw.commit.print')}
            </Button>
          </Group>
          <HashBlock
            label={t('draw.commit.inputHash')}
            hash={draw.inputHash}
            testId="input-hash"
            copyLabel={t('draw.commit.copy', { label: t('draw.commit.inputHash') })}
          />
          {draw.lotteryHash && (
            <HashBlock
              label={t('draw.commit.lotteryHash')}
              hash={draw.lotteryHash}
              testId="lottery-hash"
              copyLabel={t('draw.commit.copy', { label: t('draw.commit.lotteryHash') })}
            />
          )}
          <Text size="sm" c="dimmed">
            {t('draw.commit.hashHint')}
          </Text>
        </Stack>
      </Card>

      {draw.stats ? (
        <Card withBorder radius="md" padding="lg">
          <Stack gap="md">
            <Title order={3} size="h4">
              {t('draw.commit.chances')}
            </Title>
            <DrawStats stats={draw.stats} zero={probabilities.filter((p) => p < 1e-6).length} />
            <ProbabilityChart probabilities={probabilities} equal={draw.stats.meanProbability} />
          </Stack>
        </Card>
      ) : (
        <Alert color="gray">{t('draw.commit.legacy')}</Alert>
      )}

      <Group justify="space-between" className="no-print">
        <Group>
          <Button size="md" rightSection={<IconArrowRight size={18} />} onClick={onContinue}>
            {t('draw.commit.continue')}
          </Button>
          {draw.lotterySize !== null && (
            <Button
              variant="default"
              leftSection={<IconDownload size={18} />}
              onClick={() => void downloadTickets()}
            >
              {t('draw.commit.tickets', { count: draw.lotterySize })}
            </Button>
          )}
        </Group>
        <DiscardDrawButton drawId={draw.id} onDiscarded={onDiscarded} />
      </Group>
    </Stack>
  )
}
