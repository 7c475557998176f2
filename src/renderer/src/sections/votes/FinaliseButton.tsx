import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconAlertCircle, IconChecks } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BallotView } from '../../../../shared/votes.ts'
import { call } from '../../api.ts'
import { errorMessage } from '../../i18n/errors.ts'
import { notify } from '../../state/notifications.ts'
import { flushPendingSaves } from '../../state/pending-saves.ts'

type Props = { ballot: BallotView; onFinalised: (ballot: BallotView) => void }

/** Records the result as an official act; when the app refuses, its reason is shown as it gives it. */
export function FinaliseButton({ ballot, onFinalised }: Props) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)

  async function finalise() {
    setBusy(true)
    try {
      await flushPendingSaves()
      const done = await call('count:finalise', { ballotId: ballot.id })
      setOpened(false)
      setRefusal(null)
      notify({ kind: 'success', message: t('votes.finalise.done') })
      onFinalised(done)
    } catch (failure) {
      setOpened(false)
      setRefusal(errorMessage(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="sm">
      <Group>
        <Button color="teal" leftSection={<IconChecks size={18} />} onClick={() => setOpened(true)}>
          {t('votes.finalise.button')}
        </Button>
      </Group>
      {refusal && (
        <Alert
          color="red"
          icon={<IconAlertCircle size={20} />}
          title={t('votes.finalise.refused')}
          withCloseButton
          onClose={() => setRefusal(null)}
          data-testid="finalise-refusal"
        >
          {refusal}
        </Alert>
      )}
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('votes.finalise.title')}
        centered
        size="lg"
      >
        <Stack gap="md">
          <Text>{t('votes.finalise.text')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="teal" onClick={() => void finalise()} loading={busy}>
              {t('votes.finalise.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}
