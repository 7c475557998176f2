import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AppEvents } from '../../../shared/events.ts'

export type DemoProgress = Pick<AppEvents['job:progress'], 'stage' | 'done' | 'total'>

type Props = { progress: DemoProgress | null; opened: boolean; cancelling: boolean; onCancel: () => void }

/** Shows how far the demo assembly has got, with a Cancel button. */
export function DemoProgressModal({ progress, opened, cancelling, onCancel }: Props) {
  const { t } = useTranslation()
  // Stage keys from the core ('demo.pool') are nested keys of demo.stages; an unknown one shows as sent.
  const stageText = (stage: string) => t(`demo.stages.${stage}`, { defaultValue: stage })
  const value = progress && progress.total > 0 ? (100 * progress.done) / progress.total : 0
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={t('demo.title')}
      centered
      closeOnClickOutside={false}
      withCloseButton={false}
    >
      <Stack gap="md">
        <Text size="sm">{t('demo.intro')}</Text>
        <Progress
          value={progress ? value : 100}
          striped={!progress}
          animated
          size="lg"
          aria-label={t('demo.title')}
        />
        <Text size="sm" c="dimmed" role="status">
          {progress
            ? t('demo.stage', {
                done: Math.min(progress.done + 1, progress.total),
                total: progress.total,
                stage: stageText(progress.stage),
              })
            : t('demo.starting')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} loading={cancelling}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
