import type { Channel, Input, Output } from './contract.ts'
import type { Result } from './errors.ts'
import type { AppEvents, EventName } from './events.ts'

/** What the preload (Electron) or the bridge script (browser) puts on `window.api`. Nothing else crosses. */
export type RawApi = {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>
  on(listener: (event: string, payload: unknown) => void): () => void
}

/** The typed view the renderer uses. */
export type Api = {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>
  on<E extends EventName>(event: E, listener: (payload: AppEvents[E]) => void): () => void
}
