import { Button, Text } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api.ts'
import { ConfirmModal } from '../../components/ConfirmModal.tsx'
import { notify } from '../../state/notifications.ts'
import { notifyError } from '../../state/notify-error.ts'

/** Discards a prepared draw still waiting for its seed, after a confirmation (recorded in the audit log). */
export function DiscardDrawButton({ drawId, onDiscarded }: { drawId: number; onDiscarded: () => void }) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  const [busy, setBusy] = useState(false)

  async function discard() {
    setBusy(true)
    try {
      await call('draw:discard', { drawId })
      setOpened(false)
      notify({ kind: 'success', message: t('draw.discard.done') })
      onDiscarded()
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={18} />}
        onClick={() => setOpened(true)}
      >
        {t('draw.discard.button')}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('draw.discard.title')}
        confirm={{ label: t('draw.discard.confirm'), color: 'red' }}
        busy={busy}
        onConfirm={() => void discard()}
      >
        <Text>{t('draw.discard.text')}</Text>
      </ConfirmModal>
    </>
  )
}
