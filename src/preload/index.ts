import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { RawApi } from '../shared/api.ts'
import type { EventMessage } from '../shared/events.ts'

/** The narrow bridge: invoke a contract channel, listen to app events. Nothing else reaches the page. */
const api: RawApi = {
  invoke: (channel, input) =>
    ipcRenderer.invoke('kleroterion:invoke', channel, input) as ReturnType<RawApi['invoke']>,
  on: (listener) => {
    const wrapped = (_event: IpcRendererEvent, message: EventMessage) =>
      listener(message.event, message.payload)
    ipcRenderer.on('kleroterion:event', wrapped)
    return () => ipcRenderer.removeListener('kleroterion:event', wrapped)
  },
}

contextBridge.exposeInMainWorld('api', api)
