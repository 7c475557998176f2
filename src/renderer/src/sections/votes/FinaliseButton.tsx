import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { IconAlertCircle, IconChecks } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BallotView } from '../../../../shared/votes.ts'
import { call } from '../../api.ts'
import { ConfirmModal } from '../../components/ConfirmModal.tsx'
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
      <ConfirmModal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('votes.finalise.title')}
        size="lg"
        confirm={{ label: t('votes.finalise.confirm'), color: 'teal' }}
        busy={busy}
        onConfirm={() => void finalise()}
      >
        <Text>{t('votes.finalise.text')}</Text>
      </ConfirmModal>
    </Stack>
  )
}
