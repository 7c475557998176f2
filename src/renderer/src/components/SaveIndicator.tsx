import { Group, Loader, Text } from '@mantine/core'
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { SaveStatus } from '../sections/profile/use-profile-editor.ts'

/** "Saving…" / "Saved": a quiet sign that edits reached the file. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const { t } = useTranslation()
  return (
    <Group gap={6} role="status" aria-live="polite" mih={24} data-save-status={status}>
      {status === 'saving' && (
        <>
          <Loader size={14} />
          <Text size="sm" c="dimmed">
            {t('profile.saving')}
          </Text>
        </>
      )}
      {status === 'saved' && (
        <>
          <IconCircleCheck size={18} color="var(--mantine-color-teal-7)" />
          <Text size="sm" c="teal.8">
            {t('profile.saved')}
          </Text>
        </>
      )}
      {status === 'error' && (
        <>
          <IconAlertCircle size={18} color="var(--mantine-color-red-7)" />
          <Text size="sm" c="red.7">
            {t('profile.notSaved')}
          </Text>
        </>
      )}
    </Group>
  )
}
