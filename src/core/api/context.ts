import type { Channel, DialogRequest, Output, ParsedInput } from '../../shared/contract.ts'
import type { AppEvents, EventName } from '../../shared/events.ts'
import type { AppState } from '../app/app-state.ts'
import type { Session } from '../app/session.ts'
import type { JobRunner } from '../jobs/job-runner.ts'

/** What the shell (Electron, the web bridge) provides that the core cannot do itself. */
export type Platform = {
  /** True where OS file dialogs exist (Electron). */
  nativeDialogs: boolean
  chooseFile(request: DialogRequest): Promise<string | null>
}

export type Emit = <E extends EventName>(event: E, payload: AppEvents[E]) => void

/** The use cases behind every channel: each aggregate's slice (pool-handlers.ts, …), combined in handlers.ts. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> }

/** Everything the handlers of one window work with. */
export type AppContext = {
  state: AppState
  session: Session
  jobs: JobRunner
  platform: Platform
  emit: Emit
  /** Where new assemblies go by default. */
  documentsDir: string
  /** Where the demo assembly is (re)generated. */
  demoDir: string
  /** Where files uploaded through the browser version are kept for import. */
  uploadsDir: string
}
