import { Notification, Stack } from '@mantine/core'
import { IconAlertTriangle, IconCheck, IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { dismiss, useToasts } from '../state/notifications.ts'

const icons = {
  success: <IconCheck size={18} />,
  error: <IconAlertTriangle size={18} />,
  info: <IconInfoCircle size={18} />,
}
const colors = { success: 'teal', error: 'red', info: 'blue' }

/** The messages in the bottom-right corner. */
export function Toasts() {
  const { t } = useTranslation()
  const toasts = useToasts()
  return (
    <Stack pos="fixed" bottom={16} right={16} w={340} gap="xs" style={{ zIndex: 1000 }} aria-live="polite">
      {toasts.map((toast) => (
        <Notification
          key={toast.id}
          role={toast.kind === 'error' ? 'alert' : 'status'}
          icon={icons[toast.kind]}
          color={colors[toast.kind]}
          title={toast.title ?? (toast.kind === 'error' ? t('errors.title') : undefined)}
          onClose={() => dismiss(toast.id)}
          closeButtonProps={{ 'aria-label': t('common.dismiss') }}
          withBorder
          radius="md"
        >
          {toast.message}
        </Notification>
      ))}
    </Stack>
  )
}
