import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api.ts'
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
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('draw.discard.title')} centered>
        <Stack gap="md">
          <Text>{t('draw.discard.text')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => void discard()} loading={busy}>
              {t('draw.discard.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
