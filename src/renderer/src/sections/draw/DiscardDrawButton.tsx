import { Button, Text } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api.ts'
import { ConfirmModal } from '../../components/ConfirmModal.tsx'
import { useConfirmedAct } from '../../components/use-confirmed-act.ts'

/** Discards a prepared draw still waiting for its seed, after a confirmation (recorded in the audit log). */
export function DiscardDrawButton({ drawId, onDiscarded }: { drawId: number; onDiscarded: () => void }) {
  const { t } = useTranslation()
  const { opened, open, close, busy, confirm } = useConfirmedAct(
    () => call('draw:discard', { drawId }),
    t('draw.discard.done'),
    onDiscarded,
  )

  return (
    <>
      <Button variant="subtle" color="red" leftSection={<IconTrash size={18} />} onClick={open}>
        {t('draw.discard.button')}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={close}
        title={t('draw.discard.title')}
        confirm={{ label: t('draw.discard.confirm'), color: 'red' }}
        busy={busy}
        onConfirm={() => void confirm()}
      >
        <Text>{t('draw.discard.text')}</Text>
      </ConfirmModal>
    </>
  )
}
