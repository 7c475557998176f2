import type { AppContext, Handlers } from './context.ts'
import { writeCallSheet } from '../contacts/call-sheet.ts'
import { addContactAttempt, contactAttempts } from '../contacts/contact-log.ts'
import { priorityView, setPriorityValues } from '../contacts/priority.ts'
import { toCallList } from '../contacts/to-call.ts'

type ContactChannels = Extract<keyof Handlers, `contacts:${string}`>

/** The contact log: attempts, whom to call today, the groups called first, the call sheet. */
export function contactHandlers(ctx: AppContext): Pick<Handlers, ContactChannels> {
  const project = () => ctx.session.require()
  return {
    'contacts:list': ({ externalId }) => Promise.resolve(contactAttempts(project().sqlite, externalId)),
    'contacts:add': (input) => addContactAttempt(project(), input),
    'contacts:toCall': ({ today }) => Promise.resolve(toCallList(project().sqlite, today)),
    'contacts:priority': () => Promise.resolve(priorityView(project().sqlite)),
    'contacts:setPriority': ({ values }) => setPriorityValues(project(), values),
    'contacts:callSheetPdf': ({ today, file }) => writeCallSheet(project(), today, file),
  }
}
