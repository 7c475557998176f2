import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconLock } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { QuotaTable } from '../../../../shared/quotas.ts'
import { call } from '../../api.ts'
import { notify } from '../../state/notifications.ts'
import { notifyError } from '../../state/notify-error.ts'

/** Locks the quotas after a confirmation: an official act recorded in the audit log. */
export function LockQuotasButton({
  beforeLock,
  onLocked,
}: {
  beforeLock: () => Promise<void>
  onLocked: (table: QuotaTable) => void
}) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  const [busy, setBusy] = useState(false)

  async function lock() {
    setBusy(true)
    try {
      await beforeLock()
      onLocked(await call('quotas:lock', undefined))
      setOpened(false)
      notify({ kind: 'success', message: t('quotas.lock.done') })
    } catch (error) {
      notifyError(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconLock size={18} stroke={1.6} />}
        onClick={() => setOpened(true)}
      >
        {t('quotas.lock.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('quotas.lock.title')}
        centered
        size="lg"
      >
        <Stack gap="md">
          <Text>{t('quotas.lock.text')}</Text>
          <Alert color="orange" icon={<IconAlertTriangle size={20} />}>
            {t('quotas.lock.warning')}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="orange"
              leftSection={<IconLock size={18} />}
              onClick={() => void lock()}
              loading={busy}
            >
              {t('quotas.lock.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
