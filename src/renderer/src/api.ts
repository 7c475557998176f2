import type { Api } from '../../shared/api.ts'
import type { Channel, Input, Output } from '../../shared/contract.ts'
import type { AppErrorData, Result } from '../../shared/errors.ts'
import type { AppEvents, EventName } from '../../shared/events.ts'

/** The typed client over `window.api`: every call returns a Result; nothing throws across the bridge. */
export const api: Api = {
  invoke: async <C extends Channel>(channel: C, input: Input<C>) =>
    (await window.api.invoke(channel, input)) as Result<Output<C>>,
  on: <E extends EventName>(event: E, listener: (payload: AppEvents[E]) => void) =>
    window.api.on((name, payload) => {
      if (name === event) listener(payload as AppEvents[E])
    }),
}

/** For calls whose failure the caller shows as a message: resolves to the value or throws ApiError. */
export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await api.invoke(channel, input)
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

export class ApiError extends Error {
  override name = 'ApiError'
  readonly data: AppErrorData
  constructor(data: AppErrorData) {
    super(data.message)
    this.data = data
  }
}
