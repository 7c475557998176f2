import { Alert, Button, Checkbox, Group, NumberInput, Stack, Text } from '@mantine/core'
import { IconInfoCircle, IconPlayerPlay } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { drawAlgorithms, type DrawAlgorithm, type DrawKind, type DrawView } from '../../../../shared/draws.ts'
import { call } from '../../api.ts'
import { ChoiceCards } from '../../components/ChoiceCards.tsx'
import { toErrorData } from '../../i18n/errors.ts'
import { notify } from '../../state/notifications.ts'
import { notifyError } from '../../state/notify-error.ts'
import { flushPendingSaves } from '../../state/pending-saves.ts'
import { useJob } from '../pool/wizard/use-job.ts'
import { DrawEstimateNote } from './DrawEstimateNote.tsx'
import { DrawProgress } from './DrawProgress.tsx'
import { defaultReserves } from './seed.ts'

type Props = { kind: DrawKind; seats: number; onPrepared: (draw: DrawView) => void; onBack?: () => void }

/** Step 1: the algorithm, the reserves and the numbered list; then the lottery is computed and committed. */
export function ChooseStep({ kind, seats, onPrepared, onBack }: Props) {
  const { t } = useTranslation()
  const job = useJob()
  const [algorithm, setAlgorithm] = useState<DrawAlgorithm>('leximin')
  const [reserves, setReserves] = useState(defaultReserves(seats))
  const [numbered, setNumbered] = useState(false)
  const [lotterySize, setLotterySize] = useState(1000)

  async function prepare() {
    try {
      await flushPendingSaves()
      const request = {
        algorithm,
        reserves,
        ...(numbered && algorithm !== 'legacy' ? { lotterySize } : {}),
      }
      const draw = await job.run((jobId) => call('draw:prepare', { jobId, kind, request }))
      onPrepared(draw)
    } catch (error) {
      if (toErrorData(error).code === 'cancelled') {
        notify({ kind: 'info', message: t('draw.prepare.cancelled') })
        return
      }
      notifyError(error)
    }
  }

  if (job.running) {
    return (
      <DrawProgress
        progress={job.progress}
        cancelling={job.cancelling}
        onCancel={job.cancel}
        stopping={job.stopping}
        onStop={job.stop}
      />
    )
  }
  return (
    <Stack gap="lg" maw={760}>
      {kind === 'replacement' && (
        <Alert color="blue" icon={<IconInfoCircle size={20} />}>
          {t('draw.choose.replacementText', { count: seats })}
        </Alert>
      )}
      <ChoiceCards
        label={t('draw.choose.algorithm')}
        value={algorithm}
        columns={1}
        choices={drawAlgorithms.map((a) => ({
          value: a,
          name: t(`draw.algorithms.${a}.name`),
          text: t(`draw.algorithms.${a}.text`),
          aside: a === 'leximin' && (
            <Text span c="teal.8" fw={600} size="sm">
              {' · '}
              {t('draw.choose.recommended')}
            </Text>
          ),
        }))}
        onChange={setAlgorithm}
      />
      <NumberInput
        label={t('draw.choose.reserves')}
        description={t('draw.choose.reservesHint')}
        min={0}
        max={500}
        w={320}
        value={reserves}
        onChange={(raw) => setReserves(Math.max(0, Math.min(500, Math.round(Number(raw) || 0))))}
      />
      {algorithm !== 'legacy' && (
        <Stack gap="xs">
          <Checkbox
            label={t('draw.choose.numbered', { count: lotterySize })}
            description={t('draw.choose.numberedHint')}
            checked={numbered}
            onChange={(event) => setNumbered(event.currentTarget.checked)}
          />
          {numbered && (
            <NumberInput
              label={t('draw.choose.lotterySize')}
              min={2}
              max={100_000}
              w={320}
              ml={32}
              value={lotterySize}
              onChange={(raw) => setLotterySize(Math.max(2, Math.min(100_000, Math.round(Number(raw) || 2))))}
            />
          )}
        </Stack>
      )}
      {algorithm !== 'legacy' && <DrawEstimateNote kind={kind} />}
      <Text size="sm" c="dimmed">
        {kind === 'initial' ? t('draw.choose.locksQuotas') : t('draw.choose.commitNote')}
      </Text>
      <Group>
        {onBack && (
          <Button variant="default" onClick={onBack}>
            {t('common.cancel')}
          </Button>
        )}
        <Button size="md" leftSection={<IconPlayerPlay size={18} />} onClick={() => void prepare()}>
          {kind === 'initial' ? t('draw.choose.prepare') : t('draw.choose.prepareReplacement')}
        </Button>
      </Group>
    </Stack>
  )
}
