import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconLock } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProfileState } from '../../../../shared/profile.ts'
import { call } from '../../api.ts'
import { notify } from '../../state/notifications.ts'
import { notifyError } from '../../state/notify-error.ts'
import { flushPendingSaves } from '../../state/pending-saves.ts'

/** Locks the profile after a confirmation that says what it means: an official act, for good. */
export function LockProfileButton({ onLocked }: { onLocked: (profile: ProfileState) => void }) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  const [busy, setBusy] = useState(false)

  async function lock() {
    setBusy(true)
    try {
      await flushPendingSaves()
      const locked = await call('profile:lock', undefined)
      setOpened(false)
      notify({ kind: 'success', message: t('profile.lock.done') })
      onLocked(locked)
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
        {t('profile.lock.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('profile.lock.title')}
        centered
        size="lg"
      >
        <Stack gap="md">
          <Text>{t('profile.lock.text')}</Text>
          <Alert color="orange" icon={<IconAlertTriangle size={20} />}>
            {t('profile.lock.warning')}
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
              {t('profile.lock.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
