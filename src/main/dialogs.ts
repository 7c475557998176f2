import { dialog, type BrowserWindow } from 'electron'
import type { Platform } from '../core/api/context.ts'
import { FILE_EXTENSION } from '../core/project/format.ts'

const assemblyFilters = [{ name: 'Kleroterion assembly', extensions: [FILE_EXTENSION.slice(1)] }]
const tableFilters = [{ name: 'Registrations (CSV, TSV, Excel)', extensions: ['csv', 'tsv', 'txt', 'xlsx'] }]
const imageFilters = [{ name: 'Images (PNG, JPEG)', extensions: ['png', 'jpg', 'jpeg'] }]
const openFilters = { assembly: assemblyFilters, table: tableFilters, image: imageFilters }

/** A save dialog offers the kind of file its default name has (an open-data folder has none). */
function saveFilters(defaultPath: string) {
  const extension = /\.(\w+)$/.exec(defaultPath)?.[1]?.toLowerCase()
  if (extension === 'pdf') return [{ name: 'PDF', extensions: ['pdf'] }]
  if (extension === 'xlsx') return [{ name: 'Excel', extensions: ['xlsx'] }]
  return extension === FILE_EXTENSION.slice(1) ? assemblyFilters : []
}

/** The OS file dialogs, behind the core's Platform interface. */
export function electronPlatform(window: () => BrowserWindow | null): Platform {
  return {
    nativeDialogs: true,
    async chooseFile(request) {
      const win = window()
      if (request.kind === 'open') {
        const filters = openFilters[request.files ?? 'assembly']
        const options = { title: request.title, filters, properties: ['openFile' as const] }
        const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
        return result.canceled ? null : (result.filePaths[0] ?? null)
      }
      const options = {
        title: request.title,
        defaultPath: request.defaultPath,
        filters: saveFilters(request.defaultPath),
      }
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
  }
}
