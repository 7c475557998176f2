import { Button, Text, Textarea } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BallotView } from '../../../../shared/votes.ts'
import { call } from '../../api.ts'
import { ConfirmModal } from '../../components/ConfirmModal.tsx'
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
      <ConfirmModal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('votes.recount.title')}
        size="lg"
        confirm={{ label: t('votes.recount.confirm'), disabled: reason.trim() === '' }}
        busy={busy}
        onConfirm={() => void start()}
      >
        <Text>{t('votes.recount.text')}</Text>
        <Textarea
          label={t('votes.recount.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
          data-autofocus
        />
      </ConfirmModal>
    </>
  )
}
