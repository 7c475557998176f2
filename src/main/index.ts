import { app, BrowserWindow, ipcMain, Menu } from 'electron'
import { join } from 'node:path'
import { createApp, type AppInstance } from '../core/api/create-app.ts'
import { AppState } from '../core/app/app-state.ts'
import type { EventMessage } from '../shared/events.ts'
import { electronPlatform } from './dialogs.ts'
import { buildMenu } from './menu.ts'
import { hardenApp, hardenContents } from './security.ts'
import createJobWorker from '../core/jobs/worker-entry.ts?nodeWorker'

/** The Electron adapter: windows, menu, dialogs and the one IPC channel into dispatch. */

const backends = new Map<number, AppInstance>()
const rendererUrl = process.env['ELECTRON_RENDERER_URL']
const isAppUrl = (url: string) => (rendererUrl ? url.startsWith(rendererUrl) : url.startsWith('file://'))

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Kleroterion',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  })
  const contents = window.webContents
  hardenContents(contents, isAppUrl)
  const backend = createApp({
    userDataDir: app.getPath('userData'),
    documentsDir: join(app.getPath('documents'), 'Kleroterion'),
    platform: electronPlatform(() => window),
    spawnWorker: () => createJobWorker({}),
    emit: (event, payload) => {
      if (!contents.isDestroyed()) contents.send('kleroterion:event', { event, payload })
    },
  })
  backends.set(contents.id, backend)
  window.on('closed', () => {
    backends.delete(contents.id)
    void backend.close()
  })
  window.once('ready-to-show', () => window.show())
  if (rendererUrl) void window.loadURL(rendererUrl)
  else void window.loadFile(join(import.meta.dirname, '../renderer/index.html'))
  return window
}

function refreshMenu(): void {
  const state = new AppState(app.getPath('userData'))
  Menu.setApplicationMenu(
    buildMenu(state.recent(), state.settings().language, (command) => {
      const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? createWindow()
      const message: EventMessage = { event: 'menu:command', payload: command }
      target.webContents.send('kleroterion:event', message)
    }),
  )
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  hardenApp()
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0]
    if (window) {
      if (window.isMinimized()) window.restore()
      window.focus()
    }
  })

  ipcMain.handle('kleroterion:invoke', async (event, channel: unknown, input: unknown) => {
    const backend = backends.get(event.sender.id)
    // Only our own windows, showing our own pages, may call in.
    if (!backend || !event.senderFrame || !isAppUrl(event.senderFrame.url) || typeof channel !== 'string') {
      return { ok: false, error: { code: 'unknown-channel', message: 'Refused: unknown sender.' } }
    }
    const result = await backend.dispatch(channel, input)
    if (channel.startsWith('project:') || channel === 'settings:set') refreshMenu()
    return result
  })

  void app.whenReady().then(() => {
    refreshMenu()
    createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
