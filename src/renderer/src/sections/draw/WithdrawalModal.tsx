import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

type Props = {
  name: string | null
  onConfirm: (reason: string) => void
  onCancel: () => void
}

/** A withdrawal is recorded with its reason (kept in the member's history, not in the audit log). */
export function WithdrawalModal({ name, onConfirm, onCancel }: Props) {
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const close = () => {
    setReason('')
    onCancel()
  }
  return (
    <Modal
      opened={name !== null}
      onClose={close}
      title={t('draw.result.withdrawal.title', { name: name ?? '' })}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (reason.trim() === '') return
          onConfirm(reason.trim())
          setReason('')
        }}
      >
        <Stack gap="sm">
          <TextInput
            data-autofocus
            required
            label={t('draw.result.withdrawal.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('draw.result.withdrawal.cancel')}
            </Button>
            <Button type="submit" disabled={reason.trim() === ''}>
              {t('draw.result.withdrawal.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
