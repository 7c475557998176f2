import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BallotView } from '../../../../shared/votes.ts'
import { call } from '../../api.ts'
import { notifyError } from '../../state/notify-error.ts'

type Props = { ballot: BallotView; onStarted: (ballot: BallotView) => void }

/** Starts a new count of a decided ballot, with the reason; the earlier count stays in the history. */
export function RecountButton({ ballot, onStarted }: Props) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)

  async function start() {
    setBusy(true)
    try {
      onStarted(await call('count:recount', { ballotId: ballot.id, reason }))
      setOpened(false)
      setReason('')
    } catch (failure) {
      notifyError(failure)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Button variant="default" leftSection={<IconRefresh size={18} />} onClick={() => setOpened(true)}>
        {t('votes.recount.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('votes.recount.title')}
        centered
        size="lg"
      >
        <Stack gap="md">
          <Text>{t('votes.recount.text')}</Text>
          <Textarea
            label={t('votes.recount.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void start()} loading={busy} disabled={reason.trim() === ''}>
              {t('votes.recount.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
