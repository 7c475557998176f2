import type { RawApi } from '../../shared/api.ts'

declare global {
  interface Window {
    /** Given by the preload (Electron) or the web bridge script; the renderer's only way out. */
    api: RawApi
  }
}
