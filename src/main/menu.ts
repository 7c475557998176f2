import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { Language, RecentFile } from '../shared/contract.ts'
import type { AppEvents } from '../shared/events.ts'
import { menuLabels } from './menu-labels.ts'

type Send = (command: AppEvents['menu:command']) => void

/** The File menu; each item asks the focused window's UI to run the same action as its buttons. */
export function buildMenu(recent: RecentFile[], language: Language, send: Send): Menu {
  const t = menuLabels(language)
  const file: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: [
      { label: t('new'), accelerator: 'CmdOrCtrl+N', click: () => send({ command: 'new' }) },
      { label: t('open'), accelerator: 'CmdOrCtrl+O', click: () => send({ command: 'open' }) },
      {
        label: t('openRecent'),
        submenu: recent.length
          ? recent.map((r) => ({
              label: `${r.name} — ${r.file}`,
              click: () => send({ command: 'openRecent', file: r.file }),
            }))
          : [{ label: t('noRecent'), enabled: false }],
      },
      { label: t('openDemo'), click: () => send({ command: 'openDemo' }) },
      { type: 'separator' },
      {
        label: t('saveCopy'),
        accelerator: 'CmdOrCtrl+Shift+S',
        click: () => send({ command: 'saveCopy' }),
      },
      { label: t('restoreBackup'), click: () => send({ command: 'restoreBackup' }) },
      { type: 'separator' },
      { label: t('close'), accelerator: 'CmdOrCtrl+W', click: () => send({ command: 'close' }) },
      { role: 'quit' },
    ],
  }
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- Electron's own factory
  return Menu.buildFromTemplate([file, { role: 'editMenu' }, { role: 'viewMenu' }, { role: 'windowMenu' }])
}
