import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { RecentFile } from '../shared/contract.ts'
import type { AppEvents } from '../shared/events.ts'

type Send = (command: AppEvents['menu:command']) => void

/** The File menu; each item asks the focused window's UI to run the same action as its buttons. */
export function buildMenu(recent: RecentFile[], send: Send): Menu {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New assembly…', accelerator: 'CmdOrCtrl+N', click: () => send({ command: 'new' }) },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => send({ command: 'open' }) },
      {
        label: 'Open Recent',
        submenu: recent.length
          ? recent.map((r) => ({
              label: `${r.name} — ${r.file}`,
              click: () => send({ command: 'openRecent', file: r.file }),
            }))
          : [{ label: 'No recent assemblies', enabled: false }],
      },
      { label: 'Open the demo assembly', click: () => send({ command: 'openDemo' }) },
      { type: 'separator' },
      {
        label: 'Save a copy as…',
        accelerator: 'CmdOrCtrl+Shift+S',
        click: () => send({ command: 'saveCopy' }),
      },
      { label: 'Restore a backup…', click: () => send({ command: 'restoreBackup' }) },
      { type: 'separator' },
      { label: 'Close', accelerator: 'CmdOrCtrl+W', click: () => send({ command: 'close' }) },
      { role: 'quit' },
    ],
  }
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- Electron's own factory
  return Menu.buildFromTemplate([file, { role: 'editMenu' }, { role: 'viewMenu' }, { role: 'windowMenu' }])
}
