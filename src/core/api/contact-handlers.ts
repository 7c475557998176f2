import type { AppContext, Handlers } from './context.ts'
import { writeCallSheet } from '../contacts/call-sheet.ts'
import { addContactAttempt, contactAttempts } from '../contacts/contact-log.ts'
import { confirmationDashboard } from '../contacts/confirmations.ts'
import { priorityView, setPriorityValues } from '../contacts/priority.ts'
import { toCallList } from '../contacts/to-call.ts'
import { writeSignInSheet } from '../contacts/sign-in-sheet.ts'

type ContactChannels = Extract<keyof Handlers, `contacts:${string}` | `signIn:${string}`>

/** The contact log: attempts, whom to call today, the groups called first, the call sheet. */
export function contactHandlers(ctx: AppContext): Pick<Handlers, ContactChannels> {
  const project = () => ctx.session.require()
  return {
    'contacts:list': ({ externalId }) => Promise.resolve(contactAttempts(project().sqlite, externalId)),
    'contacts:add': (input) => addContactAttempt(project(), input),
    'contacts:toCall': ({ today }) => Promise.resolve(toCallList(project().sqlite, today)),
    'contacts:priority': () => Promise.resolve(priorityView(project().sqlite)),
    'contacts:setPriority': ({ values }) => setPriorityValues(project(), values),
    'contacts:confirmations': () => Promise.resolve(confirmationDashboard(project().sqlite)),
    'signIn:pdf': ({ sessionId, file }) => writeSignInSheet(project(), sessionId, file),
    'contacts:callSheetPdf': ({ today, file }) => writeCallSheet(project(), today, file),
  }
}
