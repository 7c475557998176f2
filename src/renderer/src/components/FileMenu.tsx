import { Button, Menu } from '@mantine/core'
import {
  IconChevronDown,
  IconCopy,
  IconDoorExit,
  IconFilePlus,
  IconFolderOpen,
  IconHistory,
  IconSparkles,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useFileActions } from '../state/app-context.ts'

/** The assembly window's File menu: the same actions as the native menu. */
export function FileMenu() {
  const { t } = useTranslation()
  const actions = useFileActions()
  const icon = { size: 18, stroke: 1.6 }
  return (
    <Menu position="bottom-start" width={260} shadow="md">
      <Menu.Target>
        <Button variant="default" rightSection={<IconChevronDown size={16} />}>
          {t('shell.fileMenu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconFilePlus {...icon} />} onClick={actions.newAssembly}>
          {t('shell.newAssembly')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFolderOpen {...icon} />} onClick={actions.open}>
          {t('shell.open')}
        </Menu.Item>
        <Menu.Item leftSection={<IconSparkles {...icon} />} onClick={actions.openDemo}>
          {t('shell.openDemo')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconCopy {...icon} />} onClick={actions.saveCopy}>
          {t('shell.saveCopy')}
        </Menu.Item>
        <Menu.Item leftSection={<IconHistory {...icon} />} onClick={actions.restoreBackup}>
          {t('shell.restoreBackup')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconDoorExit {...icon} />} onClick={() => void actions.close()}>
          {t('shell.close')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
