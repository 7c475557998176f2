import { createContext, useContext } from 'react'
import type { AppInfo } from '../../../shared/contract.ts'

export const AppInfoContext = createContext<AppInfo | null>(null)

export function useAppInfo(): AppInfo {
  const info = useContext(AppInfoContext)
  if (!info) throw new Error('useAppInfo outside AppInfoContext')
  return info
}

/** What the File menu, the start screen and the native menu can do: the same actions everywhere. */
export type FileActions = {
  newAssembly: () => void
  open: () => void
  openFile: (file: string) => Promise<void>
  openDemo: () => void
  saveCopy: () => void
  restoreBackup: () => void
  close: () => Promise<void>
  openSettings: () => void
}

export const FileActionsContext = createContext<FileActions | null>(null)

export function useFileActions(): FileActions {
  const actions = useContext(FileActionsContext)
  if (!actions) throw new Error('useFileActions outside FileActionsContext')
  return actions
}
