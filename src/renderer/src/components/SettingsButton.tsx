import { Button } from '@mantine/core'
import { IconSettings } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useFileActions } from '../state/app-context.ts'

export function SettingsButton() {
  const { t } = useTranslation()
  const actions = useFileActions()
  return (
    <Button
      variant="subtle"
      color="gray"
      leftSection={<IconSettings size={18} stroke={1.6} />}
      onClick={actions.openSettings}
    >
      {t('settings.button')}
    </Button>
  )
}
