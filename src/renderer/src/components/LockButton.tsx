import { Alert, Button, Text } from '@mantine/core'
import { IconAlertTriangle, IconLock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ConfirmModal } from './ConfirmModal.tsx'
import { useConfirmedAct } from './use-confirmed-act.ts'

type Props<T> = {
  /** The i18n group with button, title, text, warning, confirm and done (e.g. 'profile.lock'). */
  texts: 'profile.lock' | 'quotas.lock'
  /** Writes pending edits, then records the lock (an audit-log entry) and returns the locked state. */
  lock: () => Promise<T>
  onLocked: (locked: T) => void
}

/** Locks something for good, after a confirmation that says what it means: an official act. */
export function LockButton<T>({ texts, lock, onLocked }: Props<T>) {
  const { t } = useTranslation()
  const { opened, open, close, busy, confirm } = useConfirmedAct(lock, t(`${texts}.done`), onLocked)

  return (
    <>
      <Button variant="default" leftSection={<IconLock size={18} stroke={1.6} />} onClick={open}>
        {t(`${texts}.button`)}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={close}
        title={t(`${texts}.title`)}
        size="lg"
        confirm={{ label: t(`${texts}.confirm`), color: 'orange', icon: <IconLock size={18} /> }}
        busy={busy}
        onConfirm={() => void confirm()}
      >
        <Text>{t(`${texts}.text`)}</Text>
        <Alert color="orange" icon={<IconAlertTriangle size={20} />}>
          {t(`${texts}.warning`)}
        </Alert>
      </ConfirmModal>
    </>
  )
}
