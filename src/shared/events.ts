/** Events pushed from the app to the UI (Electron: webContents.send; web bridge: server-sent events). */

export type MenuCommand = 'new' | 'open' | 'openDemo' | 'saveCopy' | 'restoreBackup' | 'close'

export type AppEvents = {
  /** `stage` is a stable key the UI translates, such as 'demo.profile'. */
  'job:progress': {
    jobId: string
    stage: string
    done: number
    total: number
    /** Figures some jobs report as they go, e.g. { panels: 312, minProbability: 0.041 } for a draw. */
    detail?: Record<string, number>
  }
  /** A command chosen in the native menu; the UI runs it like its own buttons. */
  'menu:command': { command: MenuCommand } | { command: 'openRecent'; file: string }
}

export type EventName = keyof AppEvents

export type EventMessage = { [E in EventName]: { event: E; payload: AppEvents[E] } }[EventName]
