import { Button, Group, Modal, Stack, type MantineColor } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

type Props = {
  opened: boolean
  onClose: () => void
  title: string
  size?: 'md' | 'lg'
  /** What the confirming button says, its colour and icon; disabled until the form makes sense. */
  confirm: { label: string; color?: MantineColor; icon?: ReactNode; disabled?: boolean }
  busy: boolean
  onConfirm: () => void
  /** What the person is asked to confirm (and any field it needs). */
  children: ReactNode
}

/** A question before an act that counts (a lock, a discard, a final count): Cancel, or the act. */
export function ConfirmModal({
  opened,
  onClose,
  title,
  size = 'md',
  confirm,
  busy,
  onConfirm,
  children,
}: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered size={size}>
      <Stack gap="md">
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            {...(confirm.color ? { color: confirm.color } : {})}
            leftSection={confirm.icon}
            onClick={onConfirm}
            loading={busy}
            disabled={confirm.disabled ?? false}
          >
            {confirm.label}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
